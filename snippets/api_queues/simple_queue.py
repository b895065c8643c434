import threading
from multiprocessing import Process, SimpleQueue


def produce(q):
    q.put("from the child")


if __name__ == "__main__":
    q = SimpleQueue()
    q.put("from the parent")  # pickled and written before put() returns
    print("empty() right after put():", q.empty())  # so: False, every time
    p = Process(target=produce, args=(q,))
    p.start()
    p.join()  # a small item: the pipe holds it without a reader
    print("get():", q.get(), "/", q.get())  # no timeout: only get what is there
    print("empty():", q.empty())
    try:
        q.put(threading.Lock())  # pickled in the caller, so put() itself raises
    except TypeError as e:
        print("put() raised TypeError:", e)
    q.close()  # 3.9+: closes this process's two ends of the pipe
    try:
        q.empty()
    except OSError as e:
        print("empty() after close() raised OSError:", e)
