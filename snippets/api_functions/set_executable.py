import multiprocessing
import pathlib
import sys
import tempfile


def where():
    print("spawn child runs as:", pathlib.Path(sys.executable).name)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        link = pathlib.Path(folder, "python-for-children")
        link.symlink_to(sys.executable)  # stands in for another interpreter
        multiprocessing.set_executable(link)  # a path-like object is accepted
        ctx = multiprocessing.get_context("spawn")  # fork would not run it
        p = ctx.Process(target=where)
        p.start()
        p.join()
    multiprocessing.set_executable(sys.executable)  # back to the default
