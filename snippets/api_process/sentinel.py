from multiprocessing import Event, Process
from multiprocessing.connection import wait


def wait_for(release):
    release.wait(timeout=60)  # the parent sets it; the timeout only stops a hang


if __name__ == "__main__":
    release = Event()
    slow = Process(target=wait_for, args=(release,), name="slow")
    quick = Process(name="quick")  # no target: run() returns at once
    try:
        print(slow.sentinel)  # no process yet, so nothing to wait on
    except ValueError as e:
        print("before start(): ValueError:", e)
    slow.start()
    quick.start()
    by_sentinel = {p.sentinel: p for p in (slow, quick)}
    print("a sentinel is an int:", isinstance(slow.sentinel, int))
    ended = wait(list(by_sentinel), timeout=10)  # blocks until one has ended
    print("ended first:", [by_sentinel[s].name for s in ended])
    release.set()
    ended = wait([slow.sentinel], timeout=10)
    print("then:", [by_sentinel[s].name for s in ended])
    for p in (slow, quick):
        p.join()  # the sentinel said it ended; join() collects the exit code
