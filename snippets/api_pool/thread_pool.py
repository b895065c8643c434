import multiprocessing.dummy
import os
import queue
import threading
from multiprocessing.pool import Pool, ThreadPool

done = []  # threads share it: no pickling, no copies


def square(n):
    done.append(n)
    return n * n, os.getpid() == parent_pid


if __name__ == "__main__":
    parent_pid = os.getpid()
    with ThreadPool(processes=2) as pool:
        print(pool.map(square, range(4)))
        print(pool.map(lambda n: -n, range(4)))  # a lambda is fine: no pickling
    print("the threads appended:", sorted(done))
    print(issubclass(ThreadPool, Pool))

    with multiprocessing.dummy.Pool(2) as pool:
        print(type(pool))
    print(issubclass(multiprocessing.dummy.Process, threading.Thread))
    print(multiprocessing.dummy.Queue is queue.Queue)
