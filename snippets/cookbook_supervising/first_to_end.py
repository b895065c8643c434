from multiprocessing import Event, Process
from multiprocessing.connection import wait


def work(n, never_set):
    if n == 2:
        raise ValueError(f"worker {n}: bad input")
    never_set.wait(timeout=60)  # stands for a long job


if __name__ == "__main__":
    never_set = Event()
    procs = [Process(target=work, args=(n, never_set), name=f"worker {n}") for n in range(4)]
    for p in procs:
        p.start()
    by_sentinel = {p.sentinel: p for p in procs}
    # Returns the sentinels of the processes that have ended (none after 120 s).
    ended = wait(by_sentinel, timeout=120)
    for sentinel in ended:
        p = by_sentinel[sentinel]
        p.join()  # it has ended: join() returns at once and sets exitcode
        print(f"{p.name} ended first, exit code {p.exitcode}")
    for p in procs:
        if p.exitcode is None:
            p.terminate()  # SIGTERM on POSIX
    for p in procs:
        p.join()
        print(f"{p.name}: exit code {p.exitcode}")
