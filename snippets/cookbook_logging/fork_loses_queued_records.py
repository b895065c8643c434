import logging
import logging.handlers
import queue
from multiprocessing import get_context

log = logging.getLogger("app")


def child(records):
    log.warning("from the child")  # goes into the child's copy of the queue
    print("child: records waiting in its copy of the queue:", records.qsize())


if __name__ == "__main__":
    console = logging.StreamHandler()
    console.setFormatter(logging.Formatter("%(processName)s: %(message)s"))
    records = queue.Queue()  # a queue between threads, not between processes
    logging.getLogger().addHandler(logging.handlers.QueueHandler(records))
    listener = logging.handlers.QueueListener(records, console)  # a thread, here
    listener.start()

    process = get_context("fork").Process(target=child, args=(records,))
    process.start()
    process.join()
    print("child exit code:", process.exitcode)
    log.warning("from the parent, after the child ended")
    listener.stop()
