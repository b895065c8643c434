import sys
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def stuck():
    time.sleep(60)  # a task that would hold its worker for a minute


if __name__ == "__main__":
    if sys.version_info < (3, 14):
        print("Python 3.13 and older: ProcessPoolExecutor has no terminate_workers()")
        sys.exit()
    executor = ProcessPoolExecutor(max_workers=2)
    futures = [executor.submit(stuck) for _ in range(4)]
    time.sleep(0.5)  # the workers are now running the first two tasks
    executor.terminate_workers()  # SIGTERM to every worker; kill_workers() sends SIGKILL
    try:
        futures[0].result()
    except BrokenProcessPool as exc:
        print(f"a running task: {type(exc).__name__}: {exc}")
    print("every future is done:", all(future.done() for future in futures))
    try:
        executor.submit(stuck)
    except BrokenProcessPool as exc:
        print(f"submit() afterwards: {type(exc).__name__}: {exc}")
