import multiprocessing
import os
import tempfile
import threading


def log_line(log, lock, text):
    with lock:
        log.write(text + "\n")
        log.flush()


if __name__ == "__main__":
    lock = threading.Lock()
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "run.log")
        with open(path, "w") as log:
            p = multiprocessing.Process(target=log_line, args=(log, lock, "child"))
            try:
                p.start()
            except TypeError as exc:
                print(f"start() raised TypeError: {exc}")
            else:
                p.join()
        with open(path) as log:
            print("run.log holds:", log.read().splitlines())
