from multiprocessing import Pool


def main():
    def square(n):  # defined inside main(): a local function
        return n * n

    with Pool(processes=2) as pool:
        print(pool.map(square, range(4)))


if __name__ == "__main__":
    main()
