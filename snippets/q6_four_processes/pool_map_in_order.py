from multiprocessing import Pool


def square(n):
    return n * n


if __name__ == "__main__":
    numbers = [1, 2, 3, 4]
    with Pool(processes=4) as pool:
        squares = pool.map(square, numbers)  # results come back in input order
    for n, sq in zip(numbers, squares):
        print(f"{n} squared is {sq}")
