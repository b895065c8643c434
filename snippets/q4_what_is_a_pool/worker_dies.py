import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import Pool, TimeoutError


def crash(n):
    os._exit(1)  # the worker process ends abruptly, as if it had been killed


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        pending = pool.apply_async(crash, (1,))
        try:
            pending.get(timeout=0.5)
        except TimeoutError:
            print("Pool: TimeoutError; without a timeout, get() would wait forever")

    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(crash, 1)
        try:
            future.result()
        except BrokenProcessPool:
            print("ProcessPoolExecutor: BrokenProcessPool")
