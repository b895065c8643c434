from concurrent.futures import ProcessPoolExecutor

WORK = [1_000_000 + i for i in range(8)]  # eight CPU-bound tasks, all different


def sum_of_squares(n):
    total = 0
    for i in range(n):  # pure Python: needs the GIL all the time
        total += i * i
    return total


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        results = list(executor.map(sum_of_squares, WORK))
    print(len(results), "results, the first:", results[0])
