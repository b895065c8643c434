from multiprocessing import Process


def square(n):
    return n * n  # returned in the child, where nobody receives it


if __name__ == "__main__":
    p = Process(target=square, args=(7,))
    print("start() returned", p.start())
    print("join() returned", p.join())
    print("exit code", p.exitcode)
