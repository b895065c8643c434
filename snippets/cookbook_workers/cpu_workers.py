import math
import os
from multiprocessing import Pool
from pathlib import Path


def usable_cpus():
    """The CPUs this process may run on: its affinity, not the whole machine."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):  # Linux, before 3.13
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def cgroup_cpu_quota():
    """The cgroup's CPU quota in CPUs (1.5 = one and a half), or None (Linux only)."""
    try:
        v2 = Path("/sys/fs/cgroup/cpu.max")  # v2: "max 100000" or "150000 100000"
        if v2.exists():
            quota, period = v2.read_text().split()
            return None if quota == "max" else int(quota) / int(period)
        v1 = Path("/sys/fs/cgroup/cpu")  # cgroup v1: quota -1 means no limit
        quota = int((v1 / "cpu.cfs_quota_us").read_text())
        period = int((v1 / "cpu.cfs_period_us").read_text())
        return None if quota <= 0 else quota / period
    except (OSError, ValueError):
        return None  # no cgroup files: not Linux, or not mounted


def cpu_workers():
    """How many worker processes for CPU-bound work."""
    cpus = usable_cpus()
    quota = cgroup_cpu_quota()
    if quota is not None:
        cpus = min(cpus, math.ceil(quota))
    return max(1, cpus)


def burn(n):
    return sum(i * i for i in range(n))


if __name__ == "__main__":
    workers = cpu_workers()
    with Pool(workers) as pool:
        print("results:", pool.map(burn, [10, 100, 1000]))

    quota = cgroup_cpu_quota()
    print("cgroup CPU quota:", "none" if quota is None else f"{quota:g} CPUs")
    if workers == usable_cpus():
        print("workers: one per CPU this process may use")
    else:
        print(f"workers: {workers}, the quota rounded up")
