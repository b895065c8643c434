import os
import time

from joblib import Parallel, delayed


def worker_pid(_):
    time.sleep(0.5)  # long enough for both workers to start and take tasks, even on a busy machine
    return os.getpid()


if __name__ == "__main__":
    first = set(Parallel(n_jobs=2)(delayed(worker_pid)(i) for i in range(8)))
    second = set(Parallel(n_jobs=2)(delayed(worker_pid)(i) for i in range(8)))
    print("the second call ran on the first call's workers:", second <= first)
