import sys
from multiprocessing import Process


def square(n):
    # One write for the whole line, so that it cannot merge with another
    # process's line (print() writes the text and the "\n" separately).
    sys.stdout.write(f"{n} squared is {n * n}\n")


if __name__ == "__main__":
    processes = [Process(target=square, args=(n,)) for n in range(1, 5)]
    for p in processes:
        p.start()  # start them all: they run at the same time
    for p in processes:
        p.join()  # then wait for every one of them
    print("all done")
