import os
import threading
from multiprocessing import Process

counter = 0


def add_one(who, parent_pid):
    global counter
    counter += 1
    print(
        f"{who}: pid={os.getpid()}, same pid as the parent: "
        f"{os.getpid() == parent_pid}, counter = {counter}"
    )


if __name__ == "__main__":
    print(f"parent: pid={os.getpid()}, counter = {counter}")

    p = Process(target=add_one, args=("child process", os.getpid()))
    p.start()
    p.join()
    print(f"parent after the process: counter = {counter}")

    t = threading.Thread(target=add_one, args=("thread", os.getpid()))
    t.start()
    t.join()
    print(f"parent after the thread:  counter = {counter}")
