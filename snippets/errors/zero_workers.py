from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool

if __name__ == "__main__":
    workers = 1 - 1  # as os.cpu_count() - 1 gives on a one-CPU container
    for make in (Pool, ProcessPoolExecutor):
        try:
            make(workers)
        except ValueError as e:
            print(f"{make.__name__}({workers}): {type(e).__name__}: {e}")

    with Pool(max(1, workers)) as pool:  # the fix: never fewer than one worker
        print(pool.map(abs, [-1, -2, -3]))
