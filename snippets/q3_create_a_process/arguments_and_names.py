import os
from multiprocessing import Process, current_process


def describe(animal, sound, *, times=1):
    me = current_process()
    call = " ".join([sound] * times)
    print(f"{me.name} (pid={os.getpid()}): the {animal} says {call}")


if __name__ == "__main__":
    p = Process(
        target=describe,
        args=("cow", "moo"),  # positional arguments: always a tuple
        kwargs={"times": 2},  # keyword arguments
        name="farm-worker",  # shown by current_process().name
    )
    p.start()
    p.join()
    print(f"parent (pid={os.getpid()}): {p.name} had pid={p.pid}")
