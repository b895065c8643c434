import time
from multiprocessing import Pool

finished = []


def slow_square(n):
    time.sleep(0.3)
    return n * n


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        pending = [
            pool.apply_async(slow_square, (n,), callback=finished.append)
            for n in range(4)
        ]
        print("submitted", len(pending), "tasks")
    # Leaving the block called pool.terminate(): the workers were killed.
    print("callbacks run:", len(finished))
    print("results ready:", [r.ready() for r in pending])
