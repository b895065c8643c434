import signal
import time
from multiprocessing import Pool


def ignore_ctrl_c():
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # only the parent reacts


def slow_square(n):
    time.sleep(1)  # stands for real work
    return n * n


if __name__ == "__main__":
    with Pool(processes=2, initializer=ignore_ctrl_c) as pool:
        try:
            results = []
            for result in pool.imap_unordered(slow_square, range(20)):
                results.append(result)
                if len(results) == 1:
                    print("First result in; press Ctrl-C to stop")
        except KeyboardInterrupt:
            start = time.perf_counter()
            pool.terminate()  # stop the workers now, whatever they are doing
            pool.join()
            elapsed = time.perf_counter() - start
            print(f"Interrupted: workers stopped in {elapsed:.2f} s")
            raise  # exit by SIGINT, so that a calling shell loop or make stops too
    print(f"{len(results)} results")
