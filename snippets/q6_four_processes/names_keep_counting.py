from multiprocessing import Pool, Process, current_process


def work(n):
    """Stands in for real work: this program only looks at the names."""


def start_four(named=False):
    processes = [
        Process(target=work, args=(n,), name=f"worker-{n}" if named else None)
        for n in range(1, 5)
    ]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    return [p.name for p in processes]


if __name__ == "__main__":
    print("this process:", current_process().name)
    print("1st run:", start_four())
    print("2nd run:", start_four())
    print("named:  ", start_four(named=True))
    with Pool(processes=4) as pool:  # a pool's workers are Process objects too
        pool.map(work, range(4))
    print("3rd run:", start_four())
