import multiprocessing


def work(lock):
    with lock:
        print("the child holds the lock")


if __name__ == "__main__":
    fork_lock = multiprocessing.get_context("fork").Lock()
    spawn = multiprocessing.get_context("spawn")
    p = spawn.Process(target=work, args=(fork_lock,))
    try:
        p.start()
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
    else:  # Python 3.9 and 3.10 start the child, which then crashes
        p.join()
        print(f"the child's exit code: {p.exitcode}")

    lock = spawn.Lock()  # the fix: the lock from the processes' own context
    p = spawn.Process(target=work, args=(lock,))
    p.start()
    p.join()
