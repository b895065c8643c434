from multiprocessing import Process

print(f"running the top of the file as {__name__!r}")


def work():
    print("working in the child")


if __name__ == "__main__":  # true only in the process you started
    p = Process(target=work)
    p.start()
    p.join()
    print("exit code:", p.exitcode)
