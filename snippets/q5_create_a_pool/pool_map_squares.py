from multiprocessing import Pool


def square(n):
    return n * n


if __name__ == "__main__":
    with Pool(processes=4) as pool:  # start 4 worker processes
        results = pool.map(square, range(10))  # blocks until all 10 are done
    print(results)
