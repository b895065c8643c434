import queue
from multiprocessing import Process, Queue


def produce(q):
    q.put_nowait("from the child")  # there is room: same as put(..., block=False)


if __name__ == "__main__":
    q = Queue(maxsize=1)
    p = Process(target=produce, args=(q,))
    p.start()
    p.join()  # exiting, the child waited for its feeder thread: the item is in the pipe
    try:
        q.put_nowait("second")  # maxsize=1, one item waiting: no room now
    except queue.Full:
        print("put_nowait() raised queue.Full")
    print("get_nowait() returned", repr(q.get_nowait()))
    try:
        q.get_nowait()  # same as get(block=False): does not wait at all
    except queue.Empty:
        print("get_nowait() raised queue.Empty")
