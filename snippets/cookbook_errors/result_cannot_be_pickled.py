import threading
from multiprocessing import Pool
from multiprocessing.pool import MaybeEncodingError


def read_numbers(n):
    yield from range(n)  # a generator function: calling it returns a generator


class Client:
    """Stands for a client object: it holds a lock (or a socket, or an open file)."""

    def __init__(self):
        self.lock = threading.Lock()


class FetchError(Exception):
    pass


def fetch(url):
    raise FetchError(f"{url} timed out", Client())  # the exception carries the client


if __name__ == "__main__":
    with Pool(1) as pool:
        for task, arg in [(read_numbers, 3), (fetch, "example.com")]:
            try:
                pool.apply(task, (arg,))
            except MaybeEncodingError as exc:
                print(f"{task.__name__}: {type(exc).__name__}: {exc}\n")
        print("the pool still works:", pool.apply(abs, (-1,)))
