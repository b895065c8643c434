import threading
import time
from multiprocessing import Pool


def slow_square(n):
    time.sleep(1)  # stands for real work
    return n * n


if __name__ == "__main__":
    pool = Pool(processes=1)
    interrupted = False
    try:
        results = []
        for result in pool.imap_unordered(slow_square, range(3)):
            results.append(result)
            if len(results) == 1:
                print("First result in; press Ctrl-C to stop")
    except KeyboardInterrupt:  # where it arrives in the parent depends on the moment
        interrupted = True
    finally:
        pool.close()  # take no more tasks, let the workers finish the queued ones
        # pool.join() would wait here for ever. This program gives up after
        # 3 s, so that it ends:
        joiner = threading.Thread(target=pool.join, daemon=True)
        joiner.start()
        joiner.join(timeout=3)
        print(f"pool.join() returned: {not joiner.is_alive()}")
    print("the parent got KeyboardInterrupt:", interrupted)
