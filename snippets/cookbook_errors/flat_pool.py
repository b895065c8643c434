from multiprocessing import Pool


def square(n):
    return n * n


if __name__ == "__main__":
    rows = [[1, 2], [3, 4]]
    with Pool(2) as pool:
        squares = pool.map(square, [n for row in rows for n in row])  # one flat list
    sums, start = [], 0
    for row in rows:  # regroup the results, in input order
        sums.append(sum(squares[start : start + len(row)]))
        start += len(row)
    print(sums)
