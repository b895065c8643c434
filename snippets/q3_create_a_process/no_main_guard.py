from multiprocessing import Process

print(f"running the top of the file as {__name__!r}")


def work():
    print("working in the child")


# No `if __name__ == "__main__":` guard: this is the mistake.
p = Process(target=work)
p.start()
p.join()
print("exit code:", p.exitcode)
