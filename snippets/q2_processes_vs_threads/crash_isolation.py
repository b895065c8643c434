import os
import signal
import threading
from multiprocessing import Process


def crash():
    # Stands for a segfault in a C extension or the out-of-memory killer (POSIX).
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    p = Process(target=crash)
    p.start()
    p.join()
    print("the child process died with exit code", p.exitcode)
    print("the parent carries on")

    t = threading.Thread(target=crash)
    t.start()
    t.join()
    print("never printed: the thread's crash killed the whole program")
