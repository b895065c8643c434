from concurrent.futures import InterpreterPoolExecutor  # Python 3.14+
from concurrent.futures.interpreter import BrokenInterpreterPool


def sum_of_squares(n):
    return sum(i * i for i in range(n))


def fail():
    raise OSError("no config")


if __name__ == "__main__":
    # Each worker is a thread running its own interpreter, with its own GIL.
    with InterpreterPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(sum_of_squares, [10, 20, 30])))
        future = executor.submit(divmod, 7, 0)
        print("raised in the interpreter:", repr(future.exception()))

    with InterpreterPoolExecutor(max_workers=1, initializer=fail) as executor:
        future = executor.submit(sum_of_squares, 10)
        try:
            future.result(timeout=30)
        except BrokenInterpreterPool as exc:
            print(type(exc).__name__ + ":", exc)
