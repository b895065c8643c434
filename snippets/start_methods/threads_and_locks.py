import multiprocessing
import threading

lock = threading.Lock()


def hold_lock(locked, release):
    with lock:
        locked.set()
        release.wait()


def child():
    print("child: threads:", [t.name for t in threading.enumerate()])
    print("child: lock is held:", lock.locked())
    print("child: got the lock within 1 s:", lock.acquire(timeout=1))


if __name__ == "__main__":
    locked, release = threading.Event(), threading.Event()
    holder = threading.Thread(target=hold_lock, args=(locked, release), name="holder")
    holder.start()
    locked.wait()  # the holder thread now owns the lock
    print("parent: threads:", [t.name for t in threading.enumerate()])
    p = multiprocessing.Process(target=child)
    p.start()
    p.join()
    release.set()
    holder.join()
