from concurrent.futures import ProcessPoolExecutor
from itertools import count

pulled = 0


def numbers():
    """An endless source: without buffersize, map() would never return."""
    global pulled
    for n in count():
        pulled += 1
        yield n


def square(n):
    return n * n


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        results = executor.map(square, numbers(), buffersize=4)  # Python 3.14+
        print(f"map() returned after reading {pulled} items")
        for result in results:
            print(f"got {result}; items read so far: {pulled}")
            if result >= 9:
                break  # the tasks already submitted still run before the with ends
