import time
from concurrent.futures import TimeoutError

from pebble import concurrent


# Each call runs in a process of its own, stopped after 5 s. The 5 s count from
# the call, so they include the start of that process: leave room for it.
@concurrent.process(timeout=5)
def sleep_for(seconds):
    time.sleep(seconds)  # stands for a task that may hang
    return seconds


if __name__ == "__main__":
    futures = [sleep_for(s) for s in (0.5, 60)]  # returns futures at once
    for future in futures:
        try:
            print(future.result())
        except TimeoutError as error:
            print(f"{error!r}: its process was stopped")
