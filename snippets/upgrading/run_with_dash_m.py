import subprocess
import sys
import tempfile
from pathlib import Path

# One small program, laid out as a package in two ways.
WORK_IN_MAIN = {
    "__init__.py": "",
    "__main__.py": """\
import multiprocessing


def work():
    print("child: work() ran")


if __name__ == "__main__":
    p = multiprocessing.Process(target=work)
    p.start()
    p.join()
    print("exit code:", p.exitcode)
""",
}

WORK_IN_A_MODULE = {
    "__init__.py": "",
    "tasks.py": """\
def work():
    print("child: work() ran")
""",
    "__main__.py": """\
import multiprocessing

from app.tasks import work

if __name__ == "__main__":
    p = multiprocessing.Process(target=work)
    p.start()
    p.join()
    print("exit code:", p.exitcode)
""",
}


def run_as_module(files):
    """Write the package app/ into an empty folder and run `python -m app` there."""
    with tempfile.TemporaryDirectory() as folder:
        package = Path(folder, "app")
        package.mkdir()
        for name, source in files.items():
            (package / name).write_text(source)
        run = subprocess.run(
            [sys.executable, "-m", "app"],
            cwd=folder,
            check=False,  # a child that fails shows in the output
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
    for line in run.stdout.splitlines():
        if not line.startswith((" ", "Traceback")):  # leave out traceback frames
            print("  " + line)


if __name__ == "__main__":
    print("python -m app, work() defined in app/__main__.py:")
    run_as_module(WORK_IN_MAIN)
    print("python -m app, work() imported from app/tasks.py:")
    run_as_module(WORK_IN_A_MODULE)
