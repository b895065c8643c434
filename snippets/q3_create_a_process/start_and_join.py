from multiprocessing import Process


def greet(name):
    print(f"Hello, {name}, from a child process")


if __name__ == "__main__":
    p = Process(target=greet, args=("Ada",))
    p.start()  # a new process starts and calls greet("Ada")
    p.join()  # wait for it to finish
    print("The child exited with code", p.exitcode)
