import multiprocessing
import os
import subprocess
import sys

CHILD = "import multiprocessing; print(multiprocessing.cpu_count())"


def child_count(*options, **environment):
    """cpu_count() in a new interpreter run with these options and variables."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_CPU_COUNT"}
    env.update(environment)
    command = [sys.executable, *options, "-c", CHILD]
    done = subprocess.run(command, env=env, capture_output=True, text=True,
                          check=True, timeout=60)
    return int(done.stdout)


if __name__ == "__main__":
    # The machine's count varies: compare with it instead of printing it.
    print("cpu_count() == os.cpu_count():",
          multiprocessing.cpu_count() == os.cpu_count())
    print("PYTHON_CPU_COUNT=1000 counts 1000:",
          child_count(PYTHON_CPU_COUNT="1000") == 1000)
    print("-X cpu_count=1000 counts 1000:", child_count("-X", "cpu_count=1000") == 1000)
