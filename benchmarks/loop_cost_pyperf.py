"""The pyperf script benchmarks/loop_cost.py runs on each interpreter (pyperf on its PYTHONPATH).

pyperf's Runner spawns this file again as its worker processes (20 by default, each a fresh
interpreter), calibrates the number of loops so that each value lasts at least 100 ms, discards a
warm-up value per worker and records 3 values per worker, with the machine's metadata.
"""

import pyperf

LOOP = 100_000  # iterations of one call: a few milliseconds of pure Python


def sum_of_squares(n):  # the loop of benchmarks/free_threading.py, one thread
    total = 0
    for i in range(n):
        total += i * i
    return total


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = f"sum_of_squares({LOOP}): one thread's pure-Python loop"
    runner.bench_func(f"sum_of_squares({LOOP})", sum_of_squares, LOOP)
