from multiprocessing import Pool


def square(n):
    return n * n


if __name__ == "__main__":
    with Pool(processes=1) as pool:
        result = pool.map_async(square, range(4))
        print(result.get())
