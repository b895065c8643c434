import signal
from multiprocessing import Pool


def ignores_ctrl_c(_):
    return signal.getsignal(signal.SIGINT) == signal.SIG_IGN


if __name__ == "__main__":
    # Ignore Ctrl-C while the workers are created: they inherit "ignore" from
    # their first instant, before any code of theirs runs.
    old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        pool = Pool(2)
    finally:
        signal.signal(signal.SIGINT, old)  # the parent takes Ctrl-C again
    with pool:
        print("workers ignore Ctrl-C:", pool.map(ignores_ctrl_c, range(4)))
        print("the parent ignores it:", ignores_ctrl_c(None))
