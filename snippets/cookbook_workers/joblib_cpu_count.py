import os

import joblib

if __name__ == "__main__":
    machine = os.cpu_count()
    allowed = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(allowed)})  # as `taskset -c <cpu> python ...` would

    print("os.cpu_count() still counts every CPU:", os.cpu_count() == machine)
    print("joblib.cpu_count():", joblib.cpu_count())
    print("Parallel(n_jobs=-1) would start:", joblib.effective_n_jobs(-1), "worker")

    os.sched_setaffinity(0, allowed)  # back to the CPUs we started with
    os.environ["LOKY_MAX_CPU_COUNT"] = "1"  # a cap of your own, read at each call
    print("with LOKY_MAX_CPU_COUNT=1:", joblib.cpu_count())
