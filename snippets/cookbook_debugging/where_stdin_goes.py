import multiprocessing
import multiprocessing.dummy
import sys


def read_a_line():
    try:
        return f"read {input()!r}"
    except EOFError as error:
        return f"input() raised {error!r}"


def stdin_is_the_programs():
    return sys.stdin is sys.__stdin__  # the standard input Python started with


if __name__ == "__main__":
    print("called directly:          ", stdin_is_the_programs())
    with multiprocessing.dummy.Pool(1) as pool:  # threads of this process
        print("multiprocessing.dummy.Pool:", pool.apply(stdin_is_the_programs))
    with multiprocessing.Pool(1) as pool:  # child processes
        print("multiprocessing.Pool:      ", pool.apply(stdin_is_the_programs))
        print("in the worker,", pool.apply(read_a_line))
