from multiprocessing import Pool


def parse(text):
    return int(text)


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        try:
            print(pool.map(parse, ["1", "2", "three", "4"]))
        except ValueError as exc:
            print(f"{type(exc).__name__}: {exc}")
            print(f"its __cause__: {type(exc.__cause__).__name__}")
        print(pool.map(parse, ["1", "2", "4"]))  # the pool is still usable
