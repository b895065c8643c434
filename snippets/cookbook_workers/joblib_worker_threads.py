import os
from multiprocessing import Pool

from joblib import Parallel, cpu_count, delayed

# The variables joblib sets in its workers (joblib/_parallel_backends.py).
# Removed here so that the output shows joblib's own choice, not your shell's.
VARIABLES = [
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "BLIS_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMBA_NUM_THREADS",
    "NUMEXPR_NUM_THREADS",
]
for variable in VARIABLES:
    os.environ.pop(variable, None)


def thread_limits(_):
    return {v: os.environ.get(v) for v in VARIABLES}


if __name__ == "__main__":
    n_jobs = 2
    expected = str(max(cpu_count() // n_jobs, 1))
    limits = Parallel(n_jobs=n_jobs)(delayed(thread_limits)(i) for i in range(2))
    print("joblib workers: every variable is cpu_count() // n_jobs:",
          all(value == expected for worker in limits for value in worker.values()))

    with Pool(n_jobs) as pool:
        limits = pool.map(thread_limits, range(2))
    print("Pool workers: any variable set:",
          any(value is not None for worker in limits for value in worker.values()))
