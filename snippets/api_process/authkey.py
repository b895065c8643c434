import hashlib
import pickle
from multiprocessing import Process, Queue, current_process


def fingerprint(key):
    return hashlib.sha256(key).hexdigest()  # compare keys without showing them


def report(results):
    results.put(fingerprint(current_process().authkey))


if __name__ == "__main__":
    mine = current_process().authkey
    print("main process key:", type(mine).__name__, len(mine), "bytes")
    results = Queue()
    inherits = Process(target=report, args=(results,))
    own = Process(target=report, args=(results,))
    own.authkey = b"a key for this child only"  # before start()
    for p in (inherits, own):
        p.start()
        same = results.get(timeout=10) == fingerprint(mine)
        p.join()
        print("child has the main process's key:", same)
    try:
        pickle.dumps(mine)  # the key refuses to be pickled, outside start()
    except TypeError as e:
        print("TypeError:", e)
