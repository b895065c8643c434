import threading
from multiprocessing import Queue

if __name__ == "__main__":
    q = Queue()
    q.put(threading.Lock())  # the mistake: a lock cannot be pickled, yet put() returns
    q.put("the next item")
    # The feeder thread fails to pickle the lock, prints the error and drops the lock.
    # The timeout matters: a get() waiting for the lock itself would wait for ever.
    print("got:", q.get(timeout=30))
