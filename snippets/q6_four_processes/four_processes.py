import sys
from multiprocessing import Process, current_process


def print_number(n):
    # One write for the whole line, so that it cannot merge with another
    # process's line (print() writes the text and the "\n" separately).
    sys.stdout.write(f"{current_process().name} printed {n}\n")


if __name__ == "__main__":
    processes = [Process(target=print_number, args=(n,)) for n in range(1, 5)]
    for p in processes:
        p.start()  # start all four: from here on they run at the same time
    for p in processes:
        p.join()  # then wait for every one of them
    print("all four processes have finished")
