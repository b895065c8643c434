import faulthandler
import multiprocessing
import os
import tempfile
import threading

lock = threading.Lock()


def start_watchdog(folder):
    # In each worker: 3 s from now, write where every thread is, then exit (code 1).
    global stacks  # kept open: faulthandler writes to it later
    stacks = open(os.path.join(folder, f"{os.getpid()}.txt"), "w")
    faulthandler.dump_traceback_later(3, exit=True, file=stacks)


def add(n):
    with lock:
        return record(n)


def record(n):
    with lock:  # the bug: add() already holds this lock, so this waits forever
        return n


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        pool = multiprocessing.Pool(1, initializer=start_watchdog, initargs=(folder,))
        (worker,) = multiprocessing.active_children()  # the pool's one worker process
        result = pool.map_async(add, [1, 2, 3])
        multiprocessing.connection.wait([worker.sentinel])  # until the watchdog ends it
        with open(os.path.join(folder, f"{worker.pid}.txt")) as stacks:
            lines = stacks.read().splitlines()
        pool.terminate()
    print(lines[0])  # "Timeout (0:00:03)!", then one block per thread
    for line in lines[2:]:  # the frames, innermost first: print this program's
        if not line.startswith(f'  File "{__file__}"'):
            break  # multiprocessing's own frames: they differ by version and method
        print(line)
