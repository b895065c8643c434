import multiprocessing
from concurrent.futures import ProcessPoolExecutor

greeting = "not set"  # each worker process has its own copy


def setup(text):
    global greeting
    greeting = text  # runs once in each worker, before its first task


def greet(name):
    return f"{greeting}, {name}"


if __name__ == "__main__":
    context = multiprocessing.get_context("spawn")  # any start method works here
    with ProcessPoolExecutor(
        max_workers=2,
        mp_context=context,
        initializer=setup,
        initargs=("Hello",),
    ) as executor:
        future = executor.submit(greet, "Ada")  # one call: a Future
        print(future.result())
        print(list(executor.map(greet, ["Bob", "Cy"])))  # results in input order
    print("in the parent:", greeting)
