import os
import subprocess
import sys

SHOW = """
import os
from multiprocessing import Pool, active_children

with Pool() as pool:
    workers = len(active_children())
process_cpu_count = getattr(os, "process_cpu_count", lambda: "-")  # 3.13+
print(os.cpu_count(), process_cpu_count(), workers)
"""


def counts(*options, **environment):
    """What a new interpreter counts: cpu_count, process_cpu_count, Pool() workers."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_CPU_COUNT"}
    env.update(environment)
    command = [sys.executable, *options, "-c", SHOW]
    out = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return out.stdout.split()


if __name__ == "__main__":
    machine = counts()
    for how, found in [
        ("python -X cpu_count=5", counts("-X", "cpu_count=5")),
        ("PYTHON_CPU_COUNT=5 python", counts(PYTHON_CPU_COUNT="5")),
    ]:
        if found == machine:
            print(f"{how}: ignored, the counts are the machine's")
        else:
            cpu, process, workers = found
            counted = f"cpu_count={cpu}, process_cpu_count={process}"
            print(f"{how}: {counted}, Pool() workers={workers}")
