import sys
from multiprocessing import current_process


def print_number(n):
    # One write per line: in a notebook, pieces of lines that several processes
    # print at the same moment can otherwise end up mixed together.
    sys.stdout.write(f"{current_process().name} printed {n}\n")


if __name__ == "__main__":  # run on its own, it prints from the main process
    print_number(0)
