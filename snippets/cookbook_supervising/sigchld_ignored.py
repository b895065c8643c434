import multiprocessing as mp
import signal
import sys

if __name__ == "__main__":
    # Some programs ignore SIGCHLD so that the system collects their children
    # at once, with no zombie: then no one can read a child's exit status.
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    p = mp.Process(target=sys.exit, args=(3,))
    p.start()
    p.join(timeout=60)  # returns once the child has ended
    print("is_alive():", p.is_alive())
    print("exitcode:", p.exitcode)
