import multiprocessing


def square(n):
    return n * n


with multiprocessing.Pool(1) as pool:
    (worker,) = multiprocessing.active_children()  # the pool's one worker process
    result = pool.map_async(square, [3])
    # pool.map(square, [3]) would wait forever: wait only while the worker lives
    while not result.ready() and worker.is_alive():
        result.wait(0.1)
    print(result.get() if result.ready() else "no result: the worker died")

