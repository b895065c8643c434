import multiprocessing
import os
import signal
import time


def long_task(started, ignore_sigint):
    if ignore_sigint:
        # As in a program started with `&` from a shell script, or a worker
        # that ignores Ctrl-C on purpose: SIGINT then does nothing.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        started.set()
        time.sleep(60)
    except KeyboardInterrupt:
        print("  child: KeyboardInterrupt, saving what it has done so far")
    finally:
        print("  child: finally block ran")


def stop(p, grace=5):
    """Ask the child to stop; terminate it if it is still running after grace s."""
    if hasattr(p, "interrupt"):
        p.interrupt()  # SIGINT: KeyboardInterrupt in the child
    else:
        os.kill(p.pid, signal.SIGINT)  # what interrupt() does, before 3.14
    p.join(grace)  # never a bare join() here: SIGINT may be ignored
    if p.exitcode is None:
        print(f"  still running after {grace} s: terminate()")
        p.terminate()  # SIGTERM: the child dies at once, no finally block
        p.join()


if __name__ == "__main__":
    print("Process.interrupt() exists:", hasattr(multiprocessing.Process, "interrupt"))
    for ignore_sigint in (False, True):
        print("child ignores SIGINT:", ignore_sigint)
        started = multiprocessing.Event()
        p = multiprocessing.Process(target=long_task, args=(started, ignore_sigint))
        p.start()
        started.wait()  # the child is inside its try block
        stop(p)
        print(f"  exit code {p.exitcode}")
