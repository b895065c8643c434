import os
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

counter = 0


def add_one():
    global counter
    counter += 1
    return os.getpid(), counter


def run_in(executor_class):
    with executor_class(max_workers=1) as executor:
        pid, workers_counter = executor.submit(add_one).result()
    print(
        f"{executor_class.__name__}: same process: {pid == os.getpid()}, "
        f"worker's counter = {workers_counter}, parent's counter = {counter}"
    )


if __name__ == "__main__":
    run_in(ProcessPoolExecutor)
    if sys.version_info >= (3, 14):
        from concurrent.futures import InterpreterPoolExecutor

        run_in(InterpreterPoolExecutor)
    else:
        print("InterpreterPoolExecutor: new in Python 3.14")
    run_in(ThreadPoolExecutor)
