import multiprocessing
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed


def ignore_ctrl_c():
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # only the parent reacts


def slow_square(n):
    time.sleep(1)  # stands for real work
    return n * n


def stop_now(executor):
    """Cancel the tasks not started, stop the workers, wait for them to end."""
    workers = multiprocessing.active_children()  # every child of this program
    if sys.version_info >= (3, 14):
        executor.terminate_workers()
    else:
        for process in workers:
            process.terminate()
        # The executor notices, cancels what is left, and its thread ends: wait for that
        # thread, or on 3.9 it can race the exit handler ("Bad file descriptor").
        executor.shutdown(wait=True, cancel_futures=True)
    for process in workers:
        process.join()


if __name__ == "__main__":
    with ProcessPoolExecutor(2, initializer=ignore_ctrl_c) as executor:
        futures = [executor.submit(slow_square, n) for n in range(20)]
        try:
            results = []
            for future in as_completed(futures):
                results.append(future.result())
                if len(results) == 1:
                    print("First result in; press Ctrl-C to stop")
        except KeyboardInterrupt:
            start = time.perf_counter()
            stop_now(executor)
            elapsed = time.perf_counter() - start
            print(f"Interrupted: workers stopped in {elapsed:.2f} s")
            raise  # exit by SIGINT, so that a calling shell loop or make stops too
    print(f"{len(results)} results")
