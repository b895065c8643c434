import threading
import warnings
from multiprocessing import get_context

lock = threading.Lock()  # a library's internal lock
holding = threading.Event()
done = threading.Event()


def flush_in_background():  # the library's background thread, caught mid-flush
    with lock:
        holding.set()
        done.wait()


def child():
    if lock.acquire(timeout=2):  # a timeout: without one, a fork child waits forever
        print("  child: took the lock")
    else:
        print("  child: the lock is held by a thread that does not exist here")


if __name__ == "__main__":
    flusher = threading.Thread(target=flush_in_background)
    flusher.start()
    holding.wait()  # the lock is held from now on
    for method in ("fork", "spawn", "forkserver"):
        print(f"{method}:")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")  # shown here: hidden by default
            p = get_context(method).Process(target=child)
            p.start()
        p.join()
        for warning in caught:
            print(f"  {warning.category.__name__}: {warning.message}")
    done.set()
    flusher.join()
