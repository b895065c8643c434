import os
from multiprocessing import Pool, active_children


def default_pool_size():
    """What Pool(processes=None) uses."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count()
    return os.cpu_count()


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        print("Pool(processes=2) workers:", len(active_children()))
    with Pool() as pool:  # processes=None
        workers = len(active_children())
        print("Pool() workers == default_pool_size():", workers == default_pool_size())
