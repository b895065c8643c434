from multiprocessing import Process, current_process


def describe(animal, sound, *, times=1):
    me = current_process().name
    print(f"{me}: the {animal} says", " ".join([sound] * times))


if __name__ == "__main__":
    p = Process(
        target=describe,
        args=("cow", "moo"),  # positional arguments: always a tuple
        kwargs={"times": 2},  # keyword arguments
        name="farm-worker",  # shown by current_process().name
    )
    p.start()
    p.join()
