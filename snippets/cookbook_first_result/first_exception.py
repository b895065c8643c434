import time
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait
from multiprocessing import Event

stop = None  # each worker's copy of the event, set by share_stop()


def share_stop(event):
    global stop
    stop = event


def process(n):
    for step in range(600):  # a job of up to a minute, in short steps
        if n == 2 and step == 2:
            raise ValueError(f"task {n}: bad record at step {step}")
        if stop.is_set():
            return "stopped"
        time.sleep(0.1)
    return "done"


if __name__ == "__main__":
    stop_event = Event()
    with ProcessPoolExecutor(
        max_workers=3, initializer=share_stop, initargs=(stop_event,)
    ) as executor:
        futures = [executor.submit(process, n) for n in range(20)]
        done, _ = wait(futures, timeout=120, return_when=FIRST_EXCEPTION)
        failed = [f for f in done if f.exception() is not None]
        print("failed:", [repr(f.exception()) for f in failed])
        for f in futures:
            f.cancel()  # now, before the workers take more tasks
        stop_event.set()  # the running tasks stop at their next step
    # Leaving the block waited for the running tasks.
    others = [f for f in futures if f not in failed]
    states = {"cancelled" if f.cancelled() else f.result() for f in others}
    print("the others:", sorted(states))
