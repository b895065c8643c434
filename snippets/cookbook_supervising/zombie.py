import multiprocessing as mp
import os
from multiprocessing.connection import wait


def state(pid):
    """The process's state letter from /proc (Linux): R, S, Z (zombie), ..."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            letter = f.read().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return "no such process (reaped)"
    return "Z (zombie)" if letter == "Z" else letter


if __name__ == "__main__":
    p = mp.Process(target=print, args=("child: done",))
    p.start()
    wait([p.sentinel], timeout=60)  # the child has closed its end: it is exiting
    if mp.get_start_method() != "forkserver":  # else the fork server is its parent
        # Block until the exit is complete, without collecting it (Linux).
        os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT)
    print("ended, not joined:", state(p.pid))
    print("active_children():", mp.active_children())
    print("after active_children():", state(p.pid))
    print("exit code:", p.exitcode)
