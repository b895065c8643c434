from multiprocessing import Pool, Process


def start_a_child():
    child = Process(target=print, args=("never printed",))
    child.start()  # in a pool worker, which is daemonic


if __name__ == "__main__":
    with Pool(1) as pool:
        pool.apply(start_a_child)  # re-raises the worker's exception here
