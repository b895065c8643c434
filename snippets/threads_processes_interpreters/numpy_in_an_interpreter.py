import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def numpy_sum():
    import numpy  # imported by the worker: a thread, a process or an interpreter

    return int(numpy.arange(1_000).sum())


def run_in(executor_class):
    with executor_class(max_workers=1) as executor:
        try:
            print(f"{executor_class.__name__}: {executor.submit(numpy_sum).result()}")
        except ImportError as exc:  # numpy puts the cause on its message's last line
            print(f"{executor_class.__name__}: ImportError: {str(exc).strip().splitlines()[-1]}")


if __name__ == "__main__":
    run_in(ThreadPoolExecutor)
    run_in(ProcessPoolExecutor)
    if sys.version_info >= (3, 14):
        from concurrent.futures import InterpreterPoolExecutor

        run_in(InterpreterPoolExecutor)
    else:
        print("InterpreterPoolExecutor: new in Python 3.14")
