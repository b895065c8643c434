from multiprocessing import Pool
from multiprocessing.managers import SharedMemoryManager
from multiprocessing.shared_memory import SharedMemory

import numpy as np

block = None  # in each worker: its handle on the shared block
data = None  # in each worker: the array, a view of the block (no copy)


def attach(name, shape, dtype):
    """Pool initializer: runs once in each worker, when it starts."""
    global block, data
    block = SharedMemory(name=name)
    data = np.ndarray(shape, dtype=dtype, buffer=block.buf)


def column_sum(column):
    return float(data[:, column].sum())


def double_column(column):
    data[:, column] *= 2  # writes into the block: the parent sees it


def main():
    array = np.arange(4_000_000, dtype=np.float64).reshape(1_000_000, 4)  # 32 MB

    with SharedMemoryManager() as manager:  # unlinks its blocks at the end
        shm = manager.SharedMemory(size=array.nbytes)
        shared = np.ndarray(array.shape, dtype=array.dtype, buffer=shm.buf)
        shared[:] = array  # the one copy: from here on, nobody copies the data
        del array

        setup = (shm.name, shared.shape, shared.dtype)
        with Pool(2, initializer=attach, initargs=setup) as pool:
            print("column sums:", pool.map(column_sum, range(4)))
            pool.map(double_column, [3])
        print("parent sees column 3 doubled:", shared[:3, 3].tolist())

        del shared  # drop the view before the block is closed
        shm.close()


if __name__ == "__main__":
    main()
