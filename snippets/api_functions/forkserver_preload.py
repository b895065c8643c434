import multiprocessing
import sys


def report(method):
    # colorsys stands for a module slow to import; __main__ never imports it.
    print(f"{method} child: colorsys already imported:", "colorsys" in sys.modules)


if __name__ == "__main__":
    # Imported once in the fork server; each child forked from it has it.
    multiprocessing.set_forkserver_preload(["colorsys"])
    for method in ["forkserver", "spawn"]:
        p = multiprocessing.get_context(method).Process(target=report, args=(method,))
        p.start()
        p.join()
