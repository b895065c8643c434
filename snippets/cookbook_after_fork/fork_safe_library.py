import os
import threading
from multiprocessing import Process

# --- a library with a background thread, made safe to fork ---
_lock = threading.Lock()
_pending = []
stop = threading.Event()


def _flush_in_background():  # takes the lock again and again
    while not stop.is_set():
        with _lock:
            _pending.clear()
        stop.wait(0.001)


def _before_fork():  # the thread that forks takes the lock: no one is mid-flush
    _lock.acquire()


def _after_fork_in_parent():
    _lock.release()


def _after_fork_in_child():  # the copied lock is held: the child makes a new one
    global _lock
    _lock = threading.Lock()
    _pending.clear()


if hasattr(os, "register_at_fork"):  # POSIX: runs around every os.fork()
    os.register_at_fork(
        before=_before_fork,
        after_in_parent=_after_fork_in_parent,
        after_in_child=_after_fork_in_child,
    )


# --- a program that uses it ---
def child():
    if _lock.acquire(timeout=10):  # a timeout: never hang
        print("child: took the lock")
    else:
        print("child: the lock is held by a thread that does not exist here")


if __name__ == "__main__":
    flusher = threading.Thread(target=_flush_in_background)
    flusher.start()
    p = Process(target=child)
    p.start()
    p.join()
    stop.set()
    flusher.join()
