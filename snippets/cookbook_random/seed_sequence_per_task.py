from multiprocessing import Pool

import numpy as np


def estimate(seed):
    rng = np.random.default_rng(seed)  # this task's own generator
    return round(float(rng.random(1000).mean()), 4)


def run(seed, tasks, workers):
    seeds = np.random.SeedSequence(seed).spawn(tasks)  # independent streams, one per task
    with Pool(workers) as pool:
        return pool.map(estimate, seeds)


if __name__ == "__main__":
    one = run(seed=2024, tasks=6, workers=1)
    three = run(seed=2024, tasks=6, workers=3)
    print(three)
    print("same with 1 and 3 workers:", one == three)
