import os
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import Process


def killed():
    os.kill(os.getpid(), signal.SIGKILL)  # what the kernel's OOM killer does


if __name__ == "__main__":
    p = Process(target=killed)
    p.start()
    p.join()
    print(f"Process exit code: {p.exitcode}")

    with ProcessPoolExecutor(max_workers=1) as executor:
        future = executor.submit(killed)
        try:
            future.result(timeout=60)  # a timeout: never wait forever on a pool
        except BrokenProcessPool as e:
            print(f"{type(e).__name__}: {e}")
