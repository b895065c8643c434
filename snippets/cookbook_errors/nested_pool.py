from multiprocessing import Pool


def square(n):
    return n * n


def sum_of_squares(row):
    with Pool(2) as pool:  # a pool inside a pool worker
        return sum(pool.map(square, row))


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            print(pool.map(sum_of_squares, [[1, 2], [3, 4]]))
        finally:
            pool.close()
            pool.join()  # the workers exit normally and clean up after themselves
