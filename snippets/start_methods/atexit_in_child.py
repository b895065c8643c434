import atexit
import multiprocessing


def goodbye(method):
    print(f"  {method} child: its atexit handler ran", flush=True)


def child(method):
    atexit.register(goodbye, method)
    print(f"  {method} child: registered an atexit handler", flush=True)


if __name__ == "__main__":
    # A context per method: the output does not depend on the default.
    for method in ("fork", "spawn", "forkserver"):
        print(f"{method}:")
        p = multiprocessing.get_context(method).Process(target=child, args=(method,))
        p.start()
        p.join()
