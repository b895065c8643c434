import random
from multiprocessing import Pool


def roll_dice(task):
    rng = random.Random(f"run 2024, task {task}")  # seeded by the task, not the worker
    return [rng.randint(1, 6) for _ in range(5)]


if __name__ == "__main__":
    with Pool(3) as pool:
        for rolls in pool.map(roll_dice, range(4)):
            print(rolls)
