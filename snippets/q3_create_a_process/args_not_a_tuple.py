from multiprocessing import Process


def greet(name):
    print(f"Hello, {name}")


if __name__ == "__main__":
    p = Process(target=greet, args=("Ada"))  # ("Ada") is a string, not a tuple
    p.start()
    p.join()
    print("exit code:", p.exitcode)
