from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, current_process


def square(n):
    return n * n


def sum_of_squares(row):
    print("is this worker daemonic?", current_process().daemon)
    with Pool(2) as pool:  # allowed: this worker is not daemonic
        return sum(pool.map(square, row))


if __name__ == "__main__":
    with ProcessPoolExecutor(1) as executor:
        print(list(executor.map(sum_of_squares, [[1, 2], [3, 4]])))
