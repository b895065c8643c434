import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Event

stop = None  # each worker's copy of the event, set by share_stop()


def share_stop(event):
    global stop
    stop = event


def search(n):
    for step in range(600):  # a search of up to a minute, in short steps
        if n == 1 and step == 2:
            return f"task {n} found it at step {step}"
        if stop.is_set():
            return None
        time.sleep(0.1)
    return None


if __name__ == "__main__":
    stop_event = Event()
    found = []

    def stop_when_found(future):
        # Runs in the parent, in a thread of the executor, as each task ends.
        if not future.cancelled() and future.result() is not None:
            found.append(future.result())
            stop_event.set()

    with ProcessPoolExecutor(
        max_workers=3, initializer=share_stop, initargs=(stop_event,)
    ) as executor:
        for n in range(6):
            executor.submit(search, n).add_done_callback(stop_when_found)
    # Leaving the block waited for every task: each gave up at the event.
    print("found:", found)
