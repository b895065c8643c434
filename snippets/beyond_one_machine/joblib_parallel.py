from joblib import Parallel, delayed

WORK = [1_000_000 + i for i in range(8)]  # eight CPU-bound tasks, all different


def sum_of_squares(n):
    total = 0
    for i in range(n):  # pure Python: needs the GIL all the time
        total += i * i
    return total


if __name__ == "__main__":
    results = Parallel(n_jobs=2)(delayed(sum_of_squares)(n) for n in WORK)
    print(len(results), "results, the first:", results[0])
