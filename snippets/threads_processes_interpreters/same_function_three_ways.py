import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

WORK = [2_000_000] * 4  # four equal CPU-bound tasks, as on the Q2 page


def sum_of_squares(n):
    total = 0
    for i in range(n):  # pure Python: needs the GIL, where there is one
        total += i * i
    return total


def timed(executor_class):
    with executor_class(max_workers=2) as executor:
        list(executor.map(sum_of_squares, [1, 1]))  # workers started before the clock starts
        start = time.perf_counter()
        results = list(executor.map(sum_of_squares, WORK))
        return time.perf_counter() - start, results


if __name__ == "__main__":
    executors = [ThreadPoolExecutor, ProcessPoolExecutor]
    if sys.version_info >= (3, 14):
        from concurrent.futures import InterpreterPoolExecutor

        executors.append(InterpreterPoolExecutor)

    start = time.perf_counter()
    expected = [sum_of_squares(n) for n in WORK]
    print("GIL enabled:", getattr(sys, "_is_gil_enabled", lambda: True)())
    print(f"serial: {time.perf_counter() - start:.2f} s")
    for executor_class in executors:
        seconds, results = timed(executor_class)
        print(f"{executor_class.__name__}(2): {seconds:.2f} s, same results: {results == expected}")
    if sys.version_info < (3, 14):
        print("InterpreterPoolExecutor: new in Python 3.14")
