import numpy as np
from joblib import Parallel, delayed


def what_the_worker_got(array):
    return type(array).__name__, array.flags.writeable, float(array.sum())


if __name__ == "__main__":
    small = np.ones(1_000)  # 8 KB: pickled and sent, as a Pool would
    large = np.ones(2_000_000)  # 16 MB, above max_nbytes="1M": written once, memory-mapped
    for result in Parallel(n_jobs=2)(delayed(what_the_worker_got)(a) for a in (small, large)):
        print(result)
