from multiprocessing import Pool


def divide(a, b):
    return a / b


if __name__ == "__main__":
    outcomes = []
    with Pool(processes=2) as pool:
        print("apply:", pool.apply(divide, (1, 4)))  # blocks until done
        print("apply, kwds:", pool.apply(divide, kwds={"a": 1, "b": 8}))

        result = pool.apply_async(divide, (1, 2))  # returns at once
        print("apply_async:", type(result).__name__, result.get(timeout=10))

        for b in (2, 0):
            result = pool.apply_async(
                divide, (1, b), callback=outcomes.append, error_callback=outcomes.append
            )
            result.wait(timeout=10)  # the callback has run once the result is ready
        print("callback, error_callback got:", outcomes)
