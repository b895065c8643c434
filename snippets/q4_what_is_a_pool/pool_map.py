from multiprocessing import Pool


def my_task(n):
    return n * n  # the work for one input; here, its square


if __name__ == "__main__":
    with Pool(processes=4) as pool:  # start 4 worker processes
        results = pool.map(my_task, range(10))  # 10 tasks, shared among them
    print(results)
