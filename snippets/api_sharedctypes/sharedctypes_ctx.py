from multiprocessing import get_context
from multiprocessing.sharedctypes import Array, Value


def shout(greeting, calls):
    with greeting.get_lock():  # the lock both objects share
        greeting.value = greeting.value.upper()
        calls.value += 1


if __name__ == "__main__":
    ctx = get_context("spawn")  # the processes, and the locks, of one start method
    greeting = Array("c", b"hello", ctx=ctx)  # a new lock from ctx
    calls = Value("i", 0, lock=greeting.get_lock())  # or a lock you give
    worker = ctx.Process(target=shout, args=(greeting, calls))
    worker.start()
    worker.join()
    print(greeting.value, "calls:", calls.value)
    print("lock made by ctx:", type(greeting.get_lock()).__name__)
    print("raw array without a lock:", repr(Array("d", 2, lock=False)[:]))
