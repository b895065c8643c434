import logging
import logging.handlers
from multiprocessing import Pool, Queue

log = logging.getLogger("app.worker")


def send_logs_to(queue):
    """Pool initializer: this worker's records go onto the queue, and nowhere else."""
    root = logging.getLogger()
    root.handlers = [logging.handlers.QueueHandler(queue)]  # replaces what fork copied
    root.setLevel(logging.INFO)


def square(n):
    log.info("squaring %d", n)
    return n * n


if __name__ == "__main__":
    console = logging.StreamHandler()
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[console])

    queue = Queue()
    with Pool(2, initializer=send_logs_to, initargs=(queue,)) as pool:
        listener = logging.handlers.QueueListener(queue, console)
        listener.start()  # a thread of this process, started after the workers
        try:
            results = pool.map(square, range(4))
            pool.close()
            pool.join()  # the workers exit, flushing what they put on the queue
        finally:
            listener.stop()  # handles every record still on the queue, then ends
    logging.getLogger("app").info("results: %s", results)
