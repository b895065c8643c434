import logging
import logging.handlers
from multiprocessing import Pool, Queue

log = logging.getLogger("app.worker")


def send_logs_to(queue):
    root = logging.getLogger()
    root.handlers = [logging.handlers.QueueHandler(queue)]
    root.setLevel(logging.INFO)


def parse(text):
    try:
        return int(text)
    except ValueError:
        log.exception("cannot parse %r", text)  # the record carries the traceback
        return None


if __name__ == "__main__":
    console = logging.StreamHandler()
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    queue = Queue()
    with Pool(1, initializer=send_logs_to, initargs=(queue,)) as pool:
        listener = logging.handlers.QueueListener(queue, console)
        listener.start()
        try:
            results = pool.map(parse, ["1", "two", "3"])
            pool.close()
            pool.join()
        finally:
            listener.stop()
    print("results:", results)
