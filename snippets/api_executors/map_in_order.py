from concurrent.futures import ProcessPoolExecutor


def divide(a, b):
    if b == 0:
        raise ValueError(f"cannot divide {a} by 0")
    return a // b


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        # Two iterables, zipped; 4 calls sent as 2 tasks of 2 (chunksize).
        results = executor.map(divide, [10, 20, 30, 40], [5, 4, 0, 2], chunksize=2)
        try:
            for result in results:  # in input order, whatever finishes first
                print(result)
        except ValueError as exc:
            print("the third call raised:", repr(exc))
        # timeout counts from the call to map(), for the whole iteration
        print(list(executor.map(divide, [9, 8], [3, 2], timeout=30)))
