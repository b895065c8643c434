import multiprocessing

if __name__ == "__main__":
    lock = multiprocessing.Lock()
    rlock = multiprocessing.RLock()
    sem = multiprocessing.Semaphore(2)
    bounded = multiprocessing.BoundedSemaphore(1)
    for name, obj in [("Lock", lock), ("RLock", rlock),
                      ("Semaphore(2)", sem), ("BoundedSemaphore(1)", bounded)]:
        before = obj.locked()
        obj.acquire()
        # locked() is True when one more acquire() would block
        print(f"{name}: locked() {before} -> after one acquire(): {obj.locked()}")
    sem.acquire()
    print("Semaphore(2) after a second acquire(): locked()", sem.locked())
