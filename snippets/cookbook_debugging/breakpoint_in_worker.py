import multiprocessing


def total(numbers):
    result = 0
    for n in numbers:
        breakpoint()  # the bug: stop here and read debugger commands from the terminal
        result += n
    return result


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        (worker,) = multiprocessing.active_children()  # the pool's one worker process
        result = pool.apply_async(total, ([1, 2, 3],))
        while not result.ready():  # get() would wait forever if the worker dies
            if not worker.is_alive():
                raise SystemExit(f"the worker exited with code {worker.exitcode}")
            result.wait(0.1)
        print("total:", result.get())
