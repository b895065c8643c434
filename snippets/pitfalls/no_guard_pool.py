import sys
import time
from multiprocessing import Pool, active_children


def square(n):
    return n * n


time.sleep(1)  # slow start-up work, such as loading data: every worker repeats it

# No `if __name__ == "__main__":` guard: this is the mistake.
with Pool(processes=1) as pool:
    result = pool.map_async(square, range(4))
    (worker,) = active_children()  # the pool's one worker process
    while not result.ready():  # result.get() would wait forever if the worker dies
        if not worker.is_alive():
            sys.exit(
                f"the worker died with exit code {worker.exitcode}: no result will come"
            )
        result.wait(0.1)
    print(result.get())
