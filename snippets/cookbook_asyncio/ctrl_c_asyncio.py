import asyncio
import multiprocessing
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def ignore_ctrl_c():
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # only the parent reacts


def slow_square(n):
    time.sleep(1)  # stands for CPU work
    return n * n


def stop_now(pool):
    """Cancel the tasks not started, stop the workers, wait for them to end."""
    workers = multiprocessing.active_children()  # every child of this program
    if sys.version_info >= (3, 14):
        pool.terminate_workers()
    else:
        for process in workers:
            process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)
    for process in workers:
        process.join()


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(2, initializer=ignore_ctrl_c) as pool:
        jobs = [loop.run_in_executor(pool, slow_square, n) for n in range(20)]
        try:
            results = []
            for job in asyncio.as_completed(jobs):
                results.append(await job)
                if len(results) == 1:
                    print("First result in; press Ctrl-C to stop")
        except asyncio.CancelledError:  # how asyncio.run hands Ctrl-C to this coroutine
            start = time.perf_counter()
            for job in jobs:
                job.cancel()  # unawaited, their errors would be logged at exit
            stop_now(pool)
            print(f"Cancelled: workers stopped in {time.perf_counter() - start:.2f} s")
            raise
    print(f"{len(results)} results")


if __name__ == "__main__":
    asyncio.run(main())  # after a Ctrl-C, it raises KeyboardInterrupt
