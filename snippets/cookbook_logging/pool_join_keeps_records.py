import logging
import logging.handlers
import time
from multiprocessing import Pool, Queue

log = logging.getLogger("app.worker")


class SlowSink(logging.Handler):
    """Stands for a slow destination, such as a log server: 1 ms a record."""

    def __init__(self):
        super().__init__()
        self.messages = []

    def emit(self, record):
        time.sleep(0.001)
        self.messages.append(record.getMessage())


def send_logs_to(queue):
    root = logging.getLogger()
    root.handlers = [logging.handlers.QueueHandler(queue)]
    root.setLevel(logging.INFO)


def chatty_task(steps):
    for step in range(steps):
        log.info("step %d", step)
    log.info("finished")
    return steps + 1


if __name__ == "__main__":
    sink = SlowSink()
    queue = Queue()
    listener = logging.handlers.QueueListener(queue, sink)
    with Pool(1, initializer=send_logs_to, initargs=(queue,)) as pool:
        listener.start()
        print("the task logged", pool.apply(chatty_task, (1000,)), "records")
        pool.close()
        pool.join()  # the worker exits once its queue has sent everything
    listener.stop()
    print("the listener handled all of them:", len(sink.messages) == 1001)
    print("including the last, 'finished':", sink.messages[-1] == "finished")
