import multiprocessing
from multiprocessing import Pool

never = None  # an Event nobody sets, in each worker


def keep(event):
    global never
    never = event


def square(n):
    return n * n


def stuck():
    never.wait(timeout=30)  # terminate() ends it long before


if __name__ == "__main__":
    pool = Pool(processes=2)
    try:
        pool.join()
    except ValueError as error:
        print("join() before close():", error)
    result = pool.map_async(square, range(4))
    pool.close()  # no new tasks; the queued ones still run
    try:
        pool.apply_async(square, (1,))
    except ValueError as error:
        print("apply_async() after close():", error)
    pool.join()  # waits for the workers to finish everything and exit
    print("after join():", result.get(timeout=0))

    event = multiprocessing.Event()
    pool = Pool(1, initializer=keep, initargs=(event,))
    task = pool.apply_async(stuck)
    pool.terminate()  # kills the worker, mid-task or not
    pool.join()
    print("after terminate():", pool, "task ready:", task.ready())

    with Pool(1, initializer=keep, initargs=(event,)) as pool:
        task = pool.apply_async(stuck)
    # leaving the block called pool.terminate(): the same end
    print("after the with block:", pool, "task ready:", task.ready())
