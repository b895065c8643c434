import os
import threading
from multiprocessing import Process


def crash(who):
    print(f"{who}: crashing now", flush=True)
    os._exit(3)  # ends the whole process at once: no exception, no cleanup


if __name__ == "__main__":
    p = Process(target=crash, args=("child process",))
    p.start()
    p.join()
    print(f"parent: the child process ended with exit code {p.exitcode}")
    print("parent: still running")

    t = threading.Thread(target=crash, args=("thread",))
    t.start()
    t.join()
    print("parent: never printed: the thread took the whole program down")
