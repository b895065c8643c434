import os
import subprocess
import sys

# A new interpreter loads numpy, whose OpenBLAS sizes its thread pool as it loads.
COUNT_THREADS = """
import os
import numpy as np

a = np.random.default_rng(0).random((500, 500))
a @ a  # big enough for the BLAS library to use all its threads
print(len(os.listdir("/proc/self/task")))  # this process's threads (Linux)
"""


def blas_threads(*options):
    """The threads of a new interpreter after a matrix product, with no *_THREADS set."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_THREADS")}
    command = [sys.executable, *options, "-c", COUNT_THREADS]
    out = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return int(out.stdout)


def compare(threads):
    cpus = len(os.sched_getaffinity(0))  # what a child started now inherits
    return "one per CPU of the affinity" if threads == cpus else f"{threads} threads"


if __name__ == "__main__":
    # -X cpu_count (3.13+; ignored before) changes what Python counts, not BLAS.
    print("python -X cpu_count=64:", compare(blas_threads("-X", "cpu_count=64")))

    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # children inherit it
    print("affinity of one CPU:", compare(blas_threads()))
