import time
from multiprocessing import Pool

from timeline import recorded


def work(seconds):
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    with Pool(2) as pool:
        pairs = pool.map(recorded(work), [0.1, 0.1])  # not the name `work` refers to
