import multiprocessing
from multiprocessing.pool import AsyncResult

go = None  # the parent's Event, in each worker


def keep(event):
    global go
    go = event


def square_when_told(n):
    go.wait(timeout=10)  # the parent sets it; the timeout only guards a hang
    return n * n


def reciprocal(n):
    return 1 / n


if __name__ == "__main__":
    event = multiprocessing.Event()
    with multiprocessing.Pool(1, initializer=keep, initargs=(event,)) as pool:
        result = pool.apply_async(square_when_told, (7,))
        print(isinstance(result, AsyncResult), type(result).__name__)
        print("wait(0.1) returned:", result.wait(timeout=0.1))
        print("ready():", result.ready())
        try:
            result.successful()
        except ValueError as error:
            print("successful():", error)
        try:
            result.get(timeout=0.1)
        except multiprocessing.TimeoutError:
            print("get(timeout=0.1): multiprocessing.TimeoutError")

        event.set()  # now the task may finish
        print("get():", result.get(timeout=10))
        print("ready():", result.ready(), "successful():", result.successful())

        failed = pool.apply_async(reciprocal, (0,))
        failed.wait(timeout=10)
        print("ready():", failed.ready(), "successful():", failed.successful())
        try:
            failed.get()
        except ZeroDivisionError as error:
            print("get() raised:", repr(error))
