import os
from multiprocessing import Process


def exit_unflushed():
    print("child 1: printed, then os._exit()")
    os._exit(0)  # ends the process at once: buffered output is never written


def exit_flushed():
    print("child 2: printed with flush=True, then os._exit()", flush=True)
    os._exit(0)


if __name__ == "__main__":
    for target in (exit_unflushed, exit_flushed):
        p = Process(target=target)
        p.start()
        p.join()
        print(f"parent: {target.__name__} ended with exit code {p.exitcode}")
