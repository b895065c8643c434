from multiprocessing import Pool


def square(n):
    return n * n


def divide(a, b):
    return a / b


if __name__ == "__main__":
    values = []
    errors = []
    with Pool(processes=2) as pool:
        result = pool.map_async(square, range(6), callback=values.append)
        print("returned at once:", type(result).__name__)
        print("get():", result.get(timeout=10))  # the timeout: never hang here
        print("callback got:", values)  # the whole list, in one call

        result = pool.starmap_async(
            divide, [(1, 2), (1, 0), (3, 0)], error_callback=errors.append
        )
        result.wait(timeout=10)
        print("successful():", result.successful())
        print("error_callback got:", errors)  # one exception, not two
