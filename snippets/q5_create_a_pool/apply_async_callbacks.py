import threading
from multiprocessing import Pool, current_process

results = []
errors = []
seen_in = set()  # (process name, main thread?) of every callback call


def reciprocal(n):
    return 1 / n


def note_where():
    in_main_thread = threading.current_thread() is threading.main_thread()
    seen_in.add((current_process().name, in_main_thread))


def on_result(value):  # called with the task's return value
    note_where()
    results.append(value)


def on_error(exc):  # called with the exception the task raised
    note_where()
    errors.append(repr(exc))


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        for n in [1, 2, 0, 4]:
            pool.apply_async(
                reciprocal, args=(n,), callback=on_result, error_callback=on_error
            )
        pool.close()  # no more tasks
        pool.join()  # wait for every task, and so for every callback
    print("results:", sorted(results))
    print("errors:", errors)
    print("callbacks ran in (process, main thread?):", seen_in)
