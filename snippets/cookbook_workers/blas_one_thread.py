import os

# Before numpy is imported anywhere: the BLAS library reads these when it loads.
# Workers inherit the environment, so each of them gets one BLAS thread too.
# One variable per library: OpenMP, OpenBLAS, MKL, BLIS, Apple's Accelerate.
for variable in (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "BLIS_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
):
    os.environ[variable] = "1"

from multiprocessing import Pool

import numpy as np


def threads_after_matmul(seed):
    a = np.random.default_rng(seed).random((500, 500))
    a @ a  # big enough for the BLAS library to use all its threads
    return len(os.listdir("/proc/self/task"))  # this process's threads (Linux)


if __name__ == "__main__":
    with Pool(2) as pool:
        print("threads in each worker:", pool.map(threads_after_matmul, range(2)))
