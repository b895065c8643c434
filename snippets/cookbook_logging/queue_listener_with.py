import logging
import logging.handlers
from multiprocessing import Pool, Queue

log = logging.getLogger("app.worker")


def send_logs_to(queue):
    root = logging.getLogger()
    root.handlers = [logging.handlers.QueueHandler(queue)]
    root.setLevel(logging.INFO)


def square(n):
    log.info("squaring %d", n)
    return n * n


if __name__ == "__main__":
    console = logging.StreamHandler()
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    queue = Queue()
    listener = logging.handlers.QueueListener(queue, console)
    # Python 3.14+: entering starts the listener, leaving stops it
    with Pool(2, initializer=send_logs_to, initargs=(queue,)) as pool, listener:
        results = pool.map(square, range(4))
        pool.close()
        pool.join()
    print("results:", results)
