import multiprocessing


def work(greeting, name):  # at the top level of the module: a child can import it
    print(f"{greeting}, {name}: the child ran work()")


def main():
    greeting = "hello"
    p = multiprocessing.Process(target=work, args=(greeting, "reader"))
    p.start()
    p.join()
    print("exit code:", p.exitcode)


if __name__ == "__main__":
    main()
