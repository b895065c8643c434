import os
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def crash():
    os._exit(1)  # the worker ends abruptly, as an OOM kill or a segfault would


if __name__ == "__main__":
    print(BrokenProcessPool.__mro__[1:3])
    with ProcessPoolExecutor(max_workers=1) as executor:
        future = executor.submit(crash)
        try:
            future.result(timeout=30)
        except BrokenExecutor as exc:  # catches BrokenProcessPool too
            print(type(exc).__name__ + ":", exc)
        try:
            executor.submit(print, "never runs")
        except BrokenProcessPool as exc:
            print("submit() afterwards:", exc)
