import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

started = go_on = None  # the worker's copies of the two events, set by its initializer


def keep_events(*events):
    global started, go_on
    started, go_on = events


def task():
    started.set()
    go_on.wait(timeout=10)  # until the parent has given up on it (10 s: never hang)
    return "ran to the end"


async def main():
    events = multiprocessing.Event(), multiprocessing.Event()
    with ProcessPoolExecutor(1, initializer=keep_events, initargs=events) as pool:
        in_executor = pool.submit(task)  # what run_in_executor does, step by step:
        job = asyncio.wrap_future(in_executor)  # an asyncio future that follows it
        await asyncio.to_thread(events[0].wait, 10)  # the task is running
        try:
            await asyncio.wait_for(job, timeout=0.1)
        except asyncio.TimeoutError:
            print("wait_for gave up; asyncio future cancelled:", job.cancelled())
        print("Executor future cancelled:", in_executor.cancelled())
        events[1].set()
    # The with block waited for the task, which nobody awaits any more.
    print("The task in the worker:", in_executor.result())


if __name__ == "__main__":
    asyncio.run(main())
