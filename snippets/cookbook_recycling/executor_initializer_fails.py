from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def connect():
    raise ConnectionError("database unreachable")


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1, initializer=connect) as executor:
        future = executor.submit(pow, 2, 8)
        try:
            future.result(timeout=60)
        except BrokenProcessPool as exc:
            print("result():", repr(exc))
        try:
            executor.submit(pow, 2, 8)
        except BrokenProcessPool as exc:
            print("submit():", repr(exc))
