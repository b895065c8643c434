import time
from multiprocessing import Pool


def search(n):
    for step in range(600):  # a search of up to a minute, in short steps
        if n == 1 and step == 2:
            return f"task {n} found it at step {step}"
        time.sleep(0.1)
    return None


if __name__ == "__main__":
    start = time.perf_counter()
    with Pool(3) as pool:
        for result in pool.imap_unordered(search, range(20)):
            if result is not None:  # results come as tasks finish
                print("first result:", result)
                break
    # Leaving the block called pool.terminate(): the other searches were killed.
    print(f"done after {time.perf_counter() - start:.1f} s, not a minute")
