from multiprocessing import Process


def greet():
    print("hello from the child")


if __name__ == "__main__":
    p = Process(target=greet)
    p.start()
    p.join()
    print("exit code:", p.exitcode)
