import os
import signal

from joblib import Parallel, delayed
from joblib.externals.loky.process_executor import TerminatedWorkerError


def square_or_die(n):
    if n == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
    return n * n


if __name__ == "__main__":
    try:
        Parallel(n_jobs=2)(delayed(square_or_die)(n) for n in range(6))
    except TerminatedWorkerError as error:
        print(type(error).__name__ + ":", error)
    print("next call:", Parallel(n_jobs=2)(delayed(square_or_die)(n) for n in [4, 5]))
