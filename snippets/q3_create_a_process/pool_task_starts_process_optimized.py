from multiprocessing import Pool, Process


def start_a_child():
    child = Process(target=print, args=("printed by the pool worker's child",))
    child.start()  # the daemonic check is an assert: python -O skips it
    child.join()
    return f"the worker's child exit code: {child.exitcode}"


if __name__ == "__main__":
    print("assert statements run:", __debug__)  # False under python -O
    with Pool(1) as pool:
        print(pool.apply(start_a_child))
