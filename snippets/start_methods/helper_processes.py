import multiprocessing
import os
import time
from multiprocessing import shared_memory

HELPERS = {"resource_tracker": "resource tracker", "forkserver": "fork server"}


def wait_for(event):
    event.wait()


def children(pid):
    """The processes whose parent is pid, read from /proc (Linux only)."""
    found = []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/stat") as f:
                parent = f.read().rsplit(")", 1)[1].split()[1]
        except OSError:
            continue  # a process that has just ended
        if int(parent) == pid:
            found.append(int(entry))
    return found


def command_line(pid):
    with open(f"/proc/{pid}/cmdline", "rb") as f:
        return f.read().decode().replace("\0", " ")


def describe(pid, started):
    if pid == started.pid:
        return "the Process you started"
    # A helper forked a moment ago may not have started its own program yet:
    # until it does, its command line is ours, or empty while it execs.
    # Wait for that, up to 10 s.
    command = command_line(pid)
    deadline = time.monotonic() + 10
    while command in ("", command_line(os.getpid())) and time.monotonic() < deadline:
        time.sleep(0.01)
        command = command_line(pid)
    for module, name in HELPERS.items():
        if module in command:
            return name
    return "something else: " + command


def show_tree(pid, started, indent="  "):
    for name, child in sorted((describe(c, started), c) for c in children(pid)):
        print(indent + name)
        show_tree(child, started, indent + "  ")


if __name__ == "__main__":
    release = multiprocessing.Event()
    p = multiprocessing.Process(target=wait_for, args=(release,))
    p.start()
    try:
        print("processes under this program, one Process running:")
        show_tree(os.getpid(), p)
        print("active_children():", len(multiprocessing.active_children()))
        block = shared_memory.SharedMemory(create=True, size=16)
        print("after creating a SharedMemory block:")
        show_tree(os.getpid(), p)
        block.close()
        block.unlink()
    finally:
        release.set()  # even after an error: the child would wait forever
        p.join()
