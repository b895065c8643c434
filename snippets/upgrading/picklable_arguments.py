import multiprocessing
import os
import tempfile


def log_line(path, lock, text):
    with lock, open(path, "a") as log:  # each child opens the file itself
        log.write(text + "\n")


if __name__ == "__main__":
    lock = multiprocessing.Lock()  # a lock that works across processes
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "run.log")
        children = [
            multiprocessing.Process(target=log_line, args=(path, lock, f"child {i}"))
            for i in range(3)
        ]
        for p in children:
            p.start()
        for p in children:
            p.join()
        with open(path) as log:
            print("run.log holds:", sorted(log.read().splitlines()))
