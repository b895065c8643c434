import concurrent.futures
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed

gate = None


def setup(gate_event):
    global gate
    gate = gate_event


def task(n):
    if n == 0:
        gate.wait(timeout=30)  # finishes only when the parent opens the gate
    return n * n


if __name__ == "__main__":
    gate = multiprocessing.Event()
    with ProcessPoolExecutor(2, initializer=setup, initargs=(gate,)) as executor:
        stuck = executor.submit(task, 0)
        quick = [executor.submit(task, n) for n in (1, 2, 3)]
        # In the order they finish, which varies: sort to print.
        print(sorted(future.result() for future in as_completed(quick)))
        finished = []
        try:
            for future in as_completed([stuck, *quick], timeout=0.2):
                finished.append(future)  # the quick ones come at once
        except concurrent.futures.TimeoutError as exc:
            print(f"{len(finished)} yielded, then {type(exc).__name__}: {exc}")
        try:
            stuck.result(timeout=0.1)
        except concurrent.futures.TimeoutError:
            print("result(timeout=0.1) timed out too")
        builtin = concurrent.futures.TimeoutError is TimeoutError
        print("concurrent.futures.TimeoutError is TimeoutError:", builtin)
        gate.set()
