import multiprocessing
import sys


def work():
    print("child: work() ran")


if __name__ == "__main__":
    # First line of the main block: only a frozen program (PyInstaller, cx_Freeze)
    # started as a spawn child does something here, and it never returns.
    multiprocessing.freeze_support()
    print("frozen:", getattr(sys, "frozen", False))
    print("default start method still open:",
          multiprocessing.get_start_method(allow_none=True) is None)
    p = multiprocessing.Process(target=work)
    p.start()
    p.join()
