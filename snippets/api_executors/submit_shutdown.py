import multiprocessing
from concurrent.futures import ProcessPoolExecutor

started = gate = None


def setup(started_event, gate_event):
    global started, gate
    started, gate = started_event, gate_event


def task(n):
    if n == 0:
        started.set()
        gate.wait(timeout=30)  # held until the last task is cancelled
    return n


if __name__ == "__main__":
    started, gate = multiprocessing.Event(), multiprocessing.Event()
    executor = ProcessPoolExecutor(
        max_workers=1, initializer=setup, initargs=(started, gate)
    )
    futures = [executor.submit(task, n) for n in range(8)]
    futures[7].add_done_callback(lambda future: gate.set())
    started.wait(timeout=30)  # task 0 is running in the only worker
    # Python 3.9+: cancel what has not started, wait for what has.
    executor.shutdown(wait=True, cancel_futures=True)
    print("task 0:", futures[0].result())
    print("task 7 cancelled:", futures[7].cancelled())
    try:
        executor.submit(task, 8)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
