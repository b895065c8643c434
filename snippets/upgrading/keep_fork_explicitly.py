import multiprocessing
from concurrent.futures import ProcessPoolExecutor

factor = 1


def scale(n):
    return n * factor


if __name__ == "__main__":
    factor = 10  # set at run time: only a forked child sees it
    fork = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=2, mp_context=fork) as executor:
        print("ProcessPoolExecutor:", list(executor.map(scale, [1, 2, 3])))
    with fork.Pool(2) as pool:
        print("Pool:", pool.map(scale, [1, 2, 3]))
