import queue  # the exceptions live here, not in multiprocessing
from multiprocessing import Queue

if __name__ == "__main__":
    q = Queue()
    try:
        q.get(timeout=0.1)  # nothing was put: waits 0.1 s, then raises
    except queue.Empty:
        print("get(timeout=0.1) raised queue.Empty")
    try:
        q.get_nowait()  # the same as get(block=False): does not wait at all
    except queue.Empty:
        print("get_nowait() raised queue.Empty")
