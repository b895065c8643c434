import multiprocessing
import multiprocessing.pool
import os

prefix = None  # set in each worker by setup()


def setup(text):
    global prefix
    prefix = text  # runs once in every worker, before its first task


def label(n):
    return f"{prefix}{n}", os.getpid()


if __name__ == "__main__":
    context = multiprocessing.get_context()  # the start method in force
    with multiprocessing.pool.Pool(
        processes=1,
        initializer=setup,
        initargs=("item-",),
        maxtasksperchild=2,  # a fresh worker after every 2 tasks
        context=context,
    ) as pool:
        pairs = pool.map(label, range(6), chunksize=1)  # 6 tasks of 1 item
        print([text for text, _ in pairs])
        print("6 tasks ran in", len({pid for _, pid in pairs}), "worker processes")

    # multiprocessing.Pool is a function of the context that makes this class
    with multiprocessing.Pool(processes=1) as pool:
        print(type(pool))
    try:
        multiprocessing.pool.Pool(processes=0)
    except ValueError as error:
        print("processes=0:", error)
