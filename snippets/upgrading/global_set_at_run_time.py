from concurrent.futures import ProcessPoolExecutor

factor = 1  # a default, set when the module is imported


def scale(n):
    return n * factor


def shift(n):
    return n + offset  # offset exists only once the __main__ block has run


if __name__ == "__main__":
    factor = 10  # set at run time: from the command line, a config file, ...
    offset = 100
    with ProcessPoolExecutor(max_workers=2) as executor:
        print("scale:", list(executor.map(scale, [1, 2, 3])))
        try:
            print("shift:", list(executor.map(shift, [1, 2, 3])))
        except NameError as exc:
            print(f"shift: map() raised NameError: {exc}")
