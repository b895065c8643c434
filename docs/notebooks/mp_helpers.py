"""Functions that the notebooks on this site run in child processes.

They live in this module, next to the notebooks, and not in a notebook cell:
under the spawn and forkserver start methods a child process finds the function
it must run by importing its module, and a function defined in a notebook cell
belongs to no importable module. Download this file next to the notebook.
"""

import sys
from multiprocessing import current_process

counter = 0


def add_one_to_counter():
    """Changes the child's own copy of `counter`; the parent never sees it."""
    global counter
    counter += 1


def count_primes(bounds):
    """Count the primes in range(start, stop) by trial division: pure-Python CPU work."""
    start, stop = bounds
    return sum(
        all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(max(start, 2), stop)
    )


def greet(name):
    print(f"Hello, {name}, from a child process")


def square(n):
    return n * n


def print_number(n):
    # One write per line: in a notebook, pieces of lines that several processes
    # print at the same moment can otherwise end up mixed together.
    sys.stdout.write(f"{current_process().name} printed {n}\n")
