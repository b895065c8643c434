import queue  # Empty and Full live here, not in multiprocessing
from multiprocessing import Process, Queue


def square(tasks, results):
    for n in iter(tasks.get, None):  # get() waits for the next item; None ends
        results.put(n * n)  # waits while 2 results are waiting (maxsize=2)


if __name__ == "__main__":
    tasks, results = Queue(), Queue(maxsize=2)
    p = Process(target=square, args=(tasks, results))
    p.start()
    for n in [1, 2, 3, 4, None]:
        tasks.put(n)  # returns at once: a feeder thread writes it into the pipe
    # A timeout on every get(): if the worker died, queue.Empty rather than a hang.
    print("results:", [results.get(timeout=30) for _ in range(4)])
    p.join()
    try:
        results.get(block=True, timeout=0.1)  # nothing more will come
    except queue.Empty:
        print("get(timeout=0.1) raised queue.Empty")
    results.put("a")
    results.put("b")
    try:
        results.put("c", timeout=0.1)  # maxsize=2: no room, and no reader
    except queue.Full:
        print("put(timeout=0.1) raised queue.Full")
    results.close()  # this process is done with the queue
    try:
        results.get(timeout=10)
    except ValueError as e:  # since 3.8 (an OSError before)
        print(f"get() after close(): ValueError: {e}")
