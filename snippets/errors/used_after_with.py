from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def square(x):
    return x * x


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(square, range(4)))
    try:
        pool.map(square, range(4))  # the with block ended: the pool is terminated
    except ValueError as e:
        print(f"Pool: {type(e).__name__}: {e}")

    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(square, range(4))))
    try:
        executor.submit(square, 3)  # the with block ended: the executor is shut down
    except RuntimeError as e:
        print(f"ProcessPoolExecutor: {type(e).__name__}: {e}")
