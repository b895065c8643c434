from multiprocessing import Array, Pool


def total(shared_array):
    return sum(shared_array)


if __name__ == "__main__":
    shared_array = Array("q", [1, 2, 3])
    with Pool(2) as pool:
        print(pool.map(total, [shared_array]))  # sent with a task: refused
