import os
from multiprocessing import Pool

import numpy as np  # the BLAS library loads here and reads its settings


def threads_after_matmul(seed):
    a = np.random.default_rng(seed).random((500, 500))
    a @ a  # big enough for the BLAS library to use all its threads
    return len(os.listdir("/proc/self/task"))  # this process's threads (Linux)


if __name__ == "__main__":
    os.environ["OMP_NUM_THREADS"] = "1"  # too late for this process's numpy
    cpus = len(os.sched_getaffinity(0))
    with Pool(2) as pool:
        threads = pool.map(threads_after_matmul, range(2))
    if threads == [1, 1]:
        print("threads in each worker: 1")
    elif threads == [cpus, cpus]:
        print("threads in each worker: one per CPU")
    else:
        print("threads in each worker:", threads)
