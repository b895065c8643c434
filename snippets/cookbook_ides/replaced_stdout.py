import io
import multiprocessing
import sys


def greet():
    print("hello from the child", flush=True)


if __name__ == "__main__":
    window = io.StringIO()  # stands in for an IDE's output window
    sys.stdout = window  # as IDLE replaces the program's sys.stdout
    child = multiprocessing.Process(target=greet)
    child.start()
    child.join()
    sys.stdout = sys.__stdout__  # the real standard output again
    print("the window got:", repr(window.getvalue()))
