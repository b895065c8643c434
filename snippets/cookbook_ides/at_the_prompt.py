import multiprocessing


def square(n):
    return n * n


pool = multiprocessing.Pool(1)
try:
    # pool.map(square, [3]) could wait forever: a timeout ends the wait
    print(pool.map_async(square, [3]).get(timeout=5))
except multiprocessing.TimeoutError:
    print("no result after 5 s")

pool.terminate()
