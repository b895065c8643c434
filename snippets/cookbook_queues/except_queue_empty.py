import multiprocessing

if __name__ == "__main__":
    q = multiprocessing.Queue()
    try:
        q.get(timeout=0.1)  # nothing was put: raises after 0.1 s
    except multiprocessing.Queue.Empty:  # the mistake: this Queue is a factory function
        print("nothing came")
