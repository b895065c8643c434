import os
from multiprocessing import Pool

from joblib import Parallel, cpu_count, delayed

N_JOBS = 2


def blas_threads(_=None):
    # numpy's OpenBLAS reads this when it loads, in the worker: its thread pool size
    return os.environ.get("OPENBLAS_NUM_THREADS")


if __name__ == "__main__":
    # Unset in this program (a value you set yourself is passed on as it is)
    print("parent: OPENBLAS_NUM_THREADS =", blas_threads())
    share = str(max(cpu_count() // N_JOBS, 1))  # the CPUs joblib counts, per worker
    limits = Parallel(n_jobs=N_JOBS)(delayed(blas_threads)() for _ in range(N_JOBS))
    print("joblib workers: set to cpu_count() // n_jobs:", set(limits) == {share})
    with Pool(N_JOBS) as pool:
        print("Pool worker: OPENBLAS_NUM_THREADS =", pool.apply(blas_threads))
