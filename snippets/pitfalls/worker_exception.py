from multiprocessing import Pool, Process


def check(n):
    if n < 0:
        raise ValueError(f"negative input: {n}")
    return n


if __name__ == "__main__":
    p = Process(target=check, args=(-1,))
    p.start()
    p.join()
    print("Process: the parent carries on; exit code", p.exitcode)

    with Pool(processes=1) as pool:
        print(pool.map(check, [1, -2, 3]))  # raises here, in the parent
    print("not reached")
