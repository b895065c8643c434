import signal
from multiprocessing import Pool


def ignores_ctrl_c(_):
    return signal.getsignal(signal.SIGINT) == signal.SIG_IGN


if __name__ == "__main__":
    with Pool(1) as first:  # under forkserver, this starts the fork server
        first.map(ignores_ctrl_c, [0])

    old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        pool = Pool(1)  # the same trick, too late for the fork server
    finally:
        signal.signal(signal.SIGINT, old)
    with pool:
        print("the new worker ignores Ctrl-C:", pool.map(ignores_ctrl_c, [0]))
