import multiprocessing
import time
from concurrent.futures import ThreadPoolExecutor

# Threads start the processes here, so spawn, not fork: a child forked while
# another thread held a lock (stdout's, say) would wait for it for ever.
context = multiprocessing.get_context("spawn")


def sleep_for(seconds):
    time.sleep(seconds)  # stands for a task that may hang
    return seconds


def _call(connection, func, args):
    connection.send("started")
    try:
        connection.send((True, func(*args)))
    except Exception as error:  # noqa: BLE001 (any error goes back to the parent)
        connection.send((False, error))


def run_with_timeout(func, args, timeout):
    """Run func(*args) in a process of its own; stop it after `timeout` s."""
    reader, writer = context.Pipe(duplex=False)
    process = context.Process(target=_call, args=(writer, func, args))
    process.start()
    writer.close()  # only the child holds the sending end now
    try:
        reader.recv()  # "started": the timeout counts the task, not the start
        if not reader.poll(timeout):
            process.terminate()
            raise TimeoutError(f"{func.__name__}{args} ran over {timeout} s")
        ok, value = reader.recv()  # EOFError if the child died without sending
    finally:
        process.join()
        reader.close()
    if not ok:
        raise value
    return value


def task(seconds):
    try:
        return run_with_timeout(sleep_for, (seconds,), timeout=3)
    except TimeoutError as error:
        return f"{error!r}: its process was terminated"


if __name__ == "__main__":
    start = time.perf_counter()
    tasks = [0.5, 60, 0.5, 0.5, 0.5, 0.5]  # the second would take a minute
    with ThreadPoolExecutor(max_workers=2) as threads:  # two tasks at a time
        for result in threads.map(task, tasks):
            print(result)
    elapsed = time.perf_counter() - start
    print(f"All {len(tasks)} tasks done after {elapsed:.1f} s")
