import time
from multiprocessing import Pool


def square(n):
    return n * n


time.sleep(2)  # slow start-up work, such as loading data: every worker repeats it

# No `if __name__ == "__main__":` guard: this is the mistake.
with Pool(processes=1) as pool:
    result = pool.map_async(square, range(4))
    print(result.get(timeout=3))  # without a timeout: waits forever
