from multiprocessing import Process


def square(n):
    print(f"{n} squared is {n * n}")


if __name__ == "__main__":
    processes = [Process(target=square, args=(n,)) for n in range(1, 5)]
    for p in processes:
        p.start()  # start them all: they run at the same time
    for p in processes:
        p.join()  # then wait for every one of them
    print("all done")
