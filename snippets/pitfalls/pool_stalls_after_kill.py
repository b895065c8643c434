import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import Pool, TimeoutError


def worker_pid():
    return os.getpid()


if __name__ == "__main__":
    pool = Pool(processes=1)
    pid = pool.apply(worker_pid)
    time.sleep(0.5)  # the idle worker waits for its next task, holding the queue's lock
    os.kill(pid, signal.SIGKILL)  # as the out-of-memory killer would

    try:
        pool.apply_async(worker_pid).get(timeout=1)  # a new task, after the kill
        print("Pool: new task done")
    except TimeoutError:
        print("Pool: TimeoutError; the replacement worker never receives the new task")

    stopper = threading.Thread(target=pool.terminate, daemon=True)
    stopper.start()
    stopper.join(timeout=1)  # give up on terminate(), so that this program can end
    if stopper.is_alive():
        print("Pool: terminate() still waiting after 1 s")
    else:
        print("Pool: terminate() returned")

    with ProcessPoolExecutor(max_workers=1) as executor:
        pid = executor.submit(worker_pid).result()
        time.sleep(0.5)
        os.kill(pid, signal.SIGKILL)
        try:
            executor.submit(worker_pid).result()
        except BrokenProcessPool:
            print("ProcessPoolExecutor: BrokenProcessPool")
