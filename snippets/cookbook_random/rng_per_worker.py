from multiprocessing import Pool

import numpy as np

rng = None  # in each worker: its own generator, made by new_rng()


def new_rng():  # Pool initializer: runs in each worker, after the fork
    global rng
    rng = np.random.default_rng()  # no seed: fresh entropy from the OS


def draw(task):
    return int(rng.integers(2**62))


if __name__ == "__main__":
    np.random.random(100)  # the parent uses numpy.random: no harm now
    with Pool(3, initializer=new_rng) as pool:
        draws = pool.map(draw, range(12), chunksize=1)
    print(f"{len(set(draws))} different numbers in {len(draws)} draws")
