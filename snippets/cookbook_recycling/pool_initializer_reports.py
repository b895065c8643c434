from multiprocessing import Pool

setup_error = None  # each worker's copy: what went wrong in its initializer


def connect():
    global setup_error
    try:
        raise ConnectionError("database unreachable")  # stands for the real setup
    except Exception as exc:
        setup_error = exc  # keep the worker alive; let its tasks report it


def task(n):
    if setup_error is not None:
        raise RuntimeError(f"worker setup failed: {setup_error!r}")
    return n * n


if __name__ == "__main__":
    with Pool(2, initializer=connect) as pool:
        try:
            print(pool.map(task, range(4)))
        except RuntimeError as exc:
            print("map() raised", repr(exc))
