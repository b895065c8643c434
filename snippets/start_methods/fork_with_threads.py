import multiprocessing
import threading
import warnings


def child():
    pass


if __name__ == "__main__":
    release = threading.Event()
    helper = threading.Thread(target=release.wait)
    helper.start()  # the parent now has two threads
    for method in ("fork", "spawn", "forkserver"):
        ctx = multiprocessing.get_context(method)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")  # show every warning, none filtered
            p = ctx.Process(target=child)
            p.start()
        p.join()
        print(f"{method}: {len(caught)} warning(s)")
        for warning in caught:
            print(f"  {warning.category.__name__}: {warning.message}")
    release.set()
    helper.join()
