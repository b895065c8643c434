import multiprocessing

if __name__ == "__main__":
    sem = multiprocessing.Semaphore(2)
    objects = {
        "Lock": multiprocessing.Lock(),
        "RLock": multiprocessing.RLock(),
        "Semaphore(2)": sem,
        "BoundedSemaphore(1)": multiprocessing.BoundedSemaphore(1),
    }
    for name, obj in objects.items():
        before = obj.locked()
        obj.acquire()
        # locked() is True when the counter is at zero: no slot left
        print(f"{name}: locked() {before}, after one acquire() {obj.locked()}")
    sem.acquire()
    print("Semaphore(2) after a second acquire(): locked()", sem.locked())
    # An RLock says True in its owner too, where another acquire() would not block.
    print("RLock: acquire(block=False) in its owner:", objects["RLock"].acquire(False))
