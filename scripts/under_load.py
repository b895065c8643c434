"""The test suite on a busy machine: every test run fresh beside CPU-bound loops, as on a shared CI runner.

    python scripts/under_load.py --loops 2 --runs 5 [-- pytest arguments]

Starts `--loops` processes that spin on a CPU each, runs the whole suite (`pytest -n auto --fresh`:
nothing taken from the proof record) `--runs` times in a row, and prints each run's result, time and
load average (sampled every 5 s: mean and peak). The loops are stopped however the runs end. Exits
non-zero if any run failed. Times are reported, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time

SPIN = "while True: pass"


def sample_load(done: threading.Event, samples: list[float]) -> None:
    """Append the 1-minute load average to `samples` every 5 s until `done` is set."""
    while not done.wait(5):
        samples.append(os.getloadavg()[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loops", type=int, default=2, help="busy loops beside the suite (default 2)")
    parser.add_argument("--runs", type=int, default=1, help="suite runs in a row (default 1)")
    parser.add_argument("pytest_args", nargs="*", help="more pytest arguments, after --")
    args = parser.parse_args()
    loops = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(args.loops)]
    rows, failed = [], 0
    try:
        for n in range(1, args.runs + 1):
            samples: list[float] = []
            done = threading.Event()
            sampler = threading.Thread(target=sample_load, args=(done, samples), daemon=True)
            sampler.start()
            started = time.monotonic()
            pytest = [sys.executable, "-m", "pytest", "-n", "auto", "--fresh", "-q", "-p", "no:cacheprovider"]
            command = [*pytest, *args.pytest_args]
            result = subprocess.run(command, capture_output=True, text=True)
            took = time.monotonic() - started
            done.set()
            sampler.join()
            summary = (result.stdout.strip().splitlines() or ["(no output)"])[-1]
            failed += result.returncode != 0
            if result.returncode:
                print(result.stdout[-20000:], result.stderr[-5000:], sep="\n", flush=True)
            mean = statistics.mean(samples) if samples else float("nan")
            peak = max(samples, default=float("nan"))
            rows.append(f"run {n}: {'passed' if result.returncode == 0 else 'FAILED'}  {took / 60:.1f} min  "
                        f"load average {mean:.1f} mean, {peak:.1f} peak  ({summary})")  # fmt: skip
            print(rows[-1], flush=True)
    finally:
        for loop in loops:
            loop.kill()
            loop.wait()
    print(f"\n{args.loops} busy loops, {os.cpu_count()} CPUs, {args.runs} runs: {args.runs - failed} passed")
    print("\n".join(rows))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
