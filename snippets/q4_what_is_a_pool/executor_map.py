from concurrent.futures import ProcessPoolExecutor


def my_task(n):
    return n * n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=4) as executor:
        results = list(executor.map(my_task, range(10)))
        future = executor.submit(my_task, 12)  # one call; a Future for its result
        print(results)
        print(future.result())
