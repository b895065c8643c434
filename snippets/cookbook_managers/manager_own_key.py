import multiprocessing
import os
from multiprocessing import Pool
from multiprocessing.managers import SyncManager


def use_key(authkey):
    """Pool initializer: proxies unpickled here connect with this key."""
    multiprocessing.current_process().authkey = authkey


def record(results, n):
    results[n] = n * n  # a call through the proxy, to the manager's process


if __name__ == "__main__":
    authkey = os.urandom(32)  # not the program's own key
    with SyncManager(authkey=authkey) as manager:
        results = manager.dict()
        # without the initializer, each worker dies unpickling the proxy
        # and map() waits for ever
        with Pool(2, initializer=use_key, initargs=(authkey,)) as pool:
            pool.starmap(record, [(results, n) for n in range(5)])
        print(dict(sorted(results.items())))
