from multiprocessing import Pool


def my_task(n):
    # the work was never written, and nothing is called `result`
    return result  # noqa: F821 (a linter reports this name as undefined)


if __name__ == "__main__":
    with Pool(processes=4) as pool:
        results = pool.map(my_task, range(10))
    print(results)
