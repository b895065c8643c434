from multiprocessing import Pool


def square(n):
    return n * n


def power(base, exponent):
    return base**exponent


def reciprocal(n):
    return 1 / n


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        print("map:", pool.map(square, range(8)))
        print("map, chunksize=4:", pool.map(square, range(8), chunksize=4))
        print("starmap:", pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        print("starmap, zip:", pool.starmap(power, zip([2, 3], [5, 5])))
        squares = (n * n for n in range(4))  # no len(): map makes a list of it
        print("map, generator:", pool.map(square, squares))
        try:
            pool.map(reciprocal, [1, 0, 2])  # one bad item: no list at all
        except ZeroDivisionError as error:
            print("map raised:", repr(error))
