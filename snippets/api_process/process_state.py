import os
from multiprocessing import Event, Process, Queue


def wait_for(release, pids):
    pids.put(os.getpid())
    release.wait(timeout=60)  # the parent sets it; the timeout only stops a hang


if __name__ == "__main__":
    release, pids = Event(), Queue()
    p = Process(target=wait_for, args=(release, pids))
    print("before start():", p.pid, p.is_alive(), p.exitcode)
    p.start()
    print("p.pid is the child's os.getpid():", p.pid == pids.get(timeout=10))
    p.join(timeout=0.1)  # returns after 0.1 s; the child is still waiting
    print("after join(timeout=0.1):", p.is_alive(), p.exitcode)
    release.set()
    p.join()
    print("after join():", p.is_alive(), p.exitcode)
