from multiprocessing import Pool

if __name__ == "__main__":
    with Pool(processes=2) as pool:
        print(pool.map(lambda n: n * n, range(4)))
