import os
import tempfile

import numpy as np
from joblib import Parallel, delayed

SIZE = 2_000_000  # 16 MB, above max_nbytes="1M": handed to the workers as a memmap


def fill(array, start, stop):
    array[start:stop] = 1.0  # each task writes its own slice
    return type(array).__name__


def fill_in_parallel(array):
    half = SIZE // 2
    return Parallel(n_jobs=2, mmap_mode="r+")(
        delayed(fill)(array, start, start + half) for start in (0, half)
    )


if __name__ == "__main__":
    plain = np.zeros(SIZE)
    print("a plain array:", fill_in_parallel(plain), "parent sees", plain.sum())

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "results.dat")
        shared = np.memmap(path, dtype=np.float64, mode="w+", shape=SIZE)
        print("a np.memmap:", fill_in_parallel(shared), "parent sees", shared.sum())
        del shared  # close the mapping before the folder is removed (Windows)
