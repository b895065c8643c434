import time
from multiprocessing import Process, current_process


def print_number(n):
    time.sleep(0.1)  # stands in for 0.1 s of real work
    print(f"{current_process().name} printed {n}")


if __name__ == "__main__":
    started = time.perf_counter()
    for n in range(1, 5):
        p = Process(target=print_number, args=(n,))
        p.start()
        p.join()  # wait for this child before starting the next one
    print(f"one at a time: {time.perf_counter() - started:.2f} s")

    # For comparison, four processes doing the same 0.1 s of work at the same time
    started = time.perf_counter()
    processes = [Process(target=time.sleep, args=(0.1,)) for _ in range(4)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    print(f"all at once:   {time.perf_counter() - started:.2f} s")
