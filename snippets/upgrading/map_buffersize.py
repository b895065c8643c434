import itertools
import sys
from concurrent.futures import ProcessPoolExecutor


def square(n):
    return n * n


def endless_input():
    for n in itertools.count():
        print(f"  took input {n}")
        yield n


if __name__ == "__main__":
    if sys.version_info < (3, 14):
        print("Python 3.13 and older: map() has no buffersize; it takes every input")
        print("before it returns, so with an endless input it never returns")
        sys.exit()
    with ProcessPoolExecutor(max_workers=2) as executor:
        print("map(square, endless_input(), buffersize=2):")
        for result in executor.map(square, endless_input(), buffersize=2):
            print(f"  result {result}")
            if result >= 9:
                break
