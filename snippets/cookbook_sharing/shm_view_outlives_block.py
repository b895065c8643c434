from multiprocessing import Process
from multiprocessing.managers import SharedMemoryManager
from multiprocessing.shared_memory import SharedMemory

import numpy as np


def attach(name):
    block = SharedMemory(name=name)  # a local variable: wrong
    return np.ndarray((4,), dtype=np.float64, buffer=block.buf)
    # returning drops the last reference to `block`: its __del__ unmaps the memory


def read(name):
    data = attach(name)
    print("child read", data[0])  # the view points at memory that is gone


if __name__ == "__main__":
    with SharedMemoryManager() as manager:
        shm = manager.SharedMemory(size=32)
        child = Process(target=read, args=(shm.name,))
        child.start()
        child.join()
        if child.exitcode < 0:
            print("child's exit code: negative, it was killed by a signal")
        else:
            print("child's exit code:", child.exitcode)
        shm.close()
