from concurrent.futures import ProcessPoolExecutor

factor = 1
offset = 0


def configure(new_factor, new_offset):  # runs once in each worker, when it starts
    global factor, offset
    factor, offset = new_factor, new_offset


def scale(n):
    return n * factor


def shift(n):
    return n + offset


if __name__ == "__main__":
    settings = (10, 100)  # set at run time
    with ProcessPoolExecutor(
        max_workers=2, initializer=configure, initargs=settings
    ) as executor:
        print("scale:", list(executor.map(scale, [1, 2, 3])))
        print("shift:", list(executor.map(shift, [1, 2, 3])))
