import multiprocessing
from concurrent.futures import (
    ALL_COMPLETED,
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    ProcessPoolExecutor,
    wait,
)

gate = None


def setup(gate_event):
    global gate
    gate = gate_event


def task(name):
    if name == "slow":
        gate.wait(timeout=30)  # finishes only when the parent opens the gate
    if name == "bad":
        raise ValueError(name)
    return name


if __name__ == "__main__":
    gate = multiprocessing.Event()
    with ProcessPoolExecutor(2, initializer=setup, initargs=(gate,)) as executor:
        slow, ok, bad = [executor.submit(task, n) for n in ("slow", "ok", "bad")]
        label = {slow: "slow", ok: "ok", bad: "bad"}

        def names(futures):
            return sorted(label[future] for future in futures)

        done, not_done = wait([slow, ok], return_when=FIRST_COMPLETED)
        print("FIRST_COMPLETED:", names(done), "not done:", len(not_done))
        done, not_done = wait([slow, ok, bad], return_when=FIRST_EXCEPTION)
        print("FIRST_EXCEPTION:", names(done), "not done:", len(not_done))
        done, not_done = wait([slow], timeout=0.1)  # slow cannot finish yet
        print("timeout:", len(done), "done,", len(not_done), "not done")
        gate.set()
        done, not_done = wait([slow, ok, bad], return_when=ALL_COMPLETED)
        print("ALL_COMPLETED:", names(done), "not done:", len(not_done))
