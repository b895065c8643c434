import queue
from multiprocessing import Queue

if __name__ == "__main__":
    q = Queue(maxsize=2)  # at most 2 items put and not yet taken off
    q.put("a")
    q.put("b")
    print("full():", q.full())
    try:
        q.put("c", timeout=0.1)  # waits 0.1 s for a get() that never comes
    except queue.Full:
        print("put(timeout=0.1) raised queue.Full")
    try:
        q.put_nowait("c")
    except queue.Full:
        print("put_nowait() raised queue.Full")
    print("got:", q.get(timeout=10))  # a get() makes room ...
    q.put("c", timeout=10)  # ... so this put succeeds
    print("got:", q.get(timeout=10), q.get(timeout=10))
