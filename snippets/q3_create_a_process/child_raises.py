from multiprocessing import Process


def divide(a, b):
    print(f"{a} / {b} = {a / b}")


if __name__ == "__main__":
    p = Process(target=divide, args=(1, 0))
    p.start()
    p.join()
    print("exit code:", p.exitcode)
    if p.exitcode != 0:
        raise SystemExit(f"the child failed with exit code {p.exitcode}")
