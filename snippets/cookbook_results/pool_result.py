from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def square(n):
    return n * n


if __name__ == "__main__":
    with Pool(2) as pool:
        result = pool.apply_async(square, (7,))  # runs in a worker
        print("Pool:", result.get())  # waits, then returns what square returned

    with ProcessPoolExecutor(2) as executor:
        future = executor.submit(square, 7)
        print("ProcessPoolExecutor:", future.result())
