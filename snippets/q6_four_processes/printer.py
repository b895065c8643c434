import sys
from multiprocessing import current_process


def print_number(n):
    # One write for the whole line, so that it cannot merge with another
    # process's line (print() writes the text and the "\n" separately).
    sys.stdout.write(f"{current_process().name} printed {n}\n")


if __name__ == "__main__":  # run on its own, it prints from the main process
    print_number(0)
