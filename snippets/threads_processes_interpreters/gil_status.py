import subprocess
import sys
import sysconfig

# sys._is_gil_enabled() is new in Python 3.13; before it, the GIL is always on
ASK = "import sys; print(getattr(sys, '_is_gil_enabled', lambda: True)())"


def new_interpreter_says(*options, first=""):
    """What a new interpreter reports, started with these -X options, after running `first`."""
    command = [sys.executable, *options, "-c", first + ASK]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    return done.stdout.strip() or done.stderr.strip().splitlines()[0]  # the error, when it fails


if __name__ == "__main__":
    print("free-threaded build:", bool(sysconfig.get_config_var("Py_GIL_DISABLED")))
    print("GIL enabled:", new_interpreter_says())
    print("with -X gil=1:", new_interpreter_says("-X", "gil=1"))
    print("with -X gil=0:", new_interpreter_says("-X", "gil=0"))
    print("after import numpy:", new_interpreter_says(first="import numpy; "))
