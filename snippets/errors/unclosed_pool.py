import gc
import warnings
from multiprocessing import Pool

if __name__ == "__main__":
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # ResourceWarning is hidden by default
        pool = Pool(2)
        print(pool.map(abs, [-1, -2]))
        del pool  # never closed: a with block or close() and join() were missing
        gc.collect()
    for w in caught:
        print(f"{w.category.__name__}: {w.message}")
