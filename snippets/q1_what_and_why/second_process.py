import os
from multiprocessing import Process


def sum_of_squares(n):
    total = sum(i * i for i in range(n))
    print(f"child:  pid={os.getpid()}, sum of squares below {n:,} = {total:,}")


if __name__ == "__main__":
    print(f"parent: pid={os.getpid()}, starting a child process")
    child = Process(target=sum_of_squares, args=(1_000,))
    child.start()  # a second Python process runs sum_of_squares(1_000)
    child.join()  # the parent waits until it has finished
    print(f"parent: the child has finished, exit code {child.exitcode}")
