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
    elapsed = time.perf_counter() - started
    print("took at least 4 x 0.1 s:", elapsed >= 4 * 0.1)
