import queue
import threading
from multiprocessing import Queue

may_pickle = threading.Event()


class Report:
    """Stands for a large object: the queue's thread takes a while to pickle it."""

    def __reduce__(self):
        may_pickle.wait()  # runs in the queue's feeder thread, not in put()
        return (Report, ())


if __name__ == "__main__":
    q = Queue()
    q.put(Report())  # returns at once: the feeder thread pickles and sends it later
    try:
        print("empty():", q.empty())  # the pipe under the queue has nothing in it yet
        print("qsize():", q.qsize())  # counts puts minus gets, not what is in the pipe
        try:
            q.get_nowait()
        except queue.Empty:
            print("get_nowait() raised queue.Empty")
    finally:  # even after an error: the exit waits for the feeder thread
        may_pickle.set()  # let the feeder thread send the item
    print("get(timeout=10):", type(q.get(timeout=10)).__name__)  # never wait forever
    print("empty():", q.empty())
