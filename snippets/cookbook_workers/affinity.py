import os
from multiprocessing import Pool, active_children


def allowed_cpus(_):
    return sorted(os.sched_getaffinity(0))


if __name__ == "__main__":
    machine = os.cpu_count()
    first = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {first})  # as `taskset -c <first> python affinity.py` would

    print("os.cpu_count() still counts every CPU:", os.cpu_count() == machine)
    print("os.sched_getaffinity(0):", len(os.sched_getaffinity(0)), "CPU")
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        print("os.process_cpu_count():", os.process_cpu_count())

    with Pool() as pool:  # no processes=: the default count
        workers = len(active_children())
        inherited = pool.map(allowed_cpus, range(workers))
    if workers == machine:
        print("Pool() workers: one per CPU of the machine")
    else:
        print("Pool() workers:", workers)
    same = inherited == [[first]] * workers
    print("each worker may run on:", "that one CPU" if same else inherited)
