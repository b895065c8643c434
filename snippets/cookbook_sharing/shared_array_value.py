from multiprocessing import Array, Pool, Value

import numpy as np

squares = None  # in each worker: the shared array, seen through numpy
done = None  # in each worker: the shared counter


def attach(shared_array, shared_counter):
    """Pool initializer: processes get shared ctypes objects when they start."""
    global squares, done
    squares = np.frombuffer(shared_array.get_obj(), dtype=np.int64)  # no copy
    done = shared_counter


def fill(i):
    squares[i] = i * i  # each task writes its own element: no lock needed
    with done.get_lock():  # += reads, then writes: without the lock, updates get lost
        done.value += 1


if __name__ == "__main__":
    shared_array = Array("q", 8)  # 8 signed 64-bit integers, zeroed, with a lock
    shared_counter = Value("i", 0)  # one C int
    with Pool(2, initializer=attach, initargs=(shared_array, shared_counter)) as pool:
        pool.map(fill, range(8))
    print("squares:", shared_array[:])
    print("tasks done:", shared_counter.value)
