import multiprocessing

if __name__ == "__main__":
    sem = multiprocessing.BoundedSemaphore(2)
    sem.acquire()
    print(repr(sem))
    sem.release()
    print(repr(sem))
    try:
        sem.release()  # more releases than acquires
    except ValueError as exc:
        print("ValueError:", exc)
