import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
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
            return "gave up"  # another task found it
        time.sleep(0.1)
    return "not found"


if __name__ == "__main__":
    stop_event = Event()
    with ProcessPoolExecutor(
        max_workers=3, initializer=share_stop, initargs=(stop_event,)
    ) as executor:
        futures = [executor.submit(search, n) for n in range(20)]
        done, not_done = wait(futures, timeout=120, return_when=FIRST_COMPLETED)
        print("first result:", [f.result() for f in done])
        print("cancel() on task 0, running:", futures[0].cancel())
        print("cancel() on task 19, queued:", futures[19].cancel())
        for f in not_done:
            f.cancel()  # the tasks not handed to a worker yet
        stop_event.set()  # the running tasks give up at their next step
    # Leaving the block waited for the running tasks.
    others = [f for f in futures if f not in done]
    states = {"cancelled" if f.cancelled() else f.result() for f in others}
    print("the others:", sorted(states))
