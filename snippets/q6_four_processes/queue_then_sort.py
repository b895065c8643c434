from multiprocessing import Process, Queue, current_process


def report_number(n, results):
    results.put((n, current_process().name))  # send, don't print


if __name__ == "__main__":
    results = Queue()
    processes = [Process(target=report_number, args=(n, results)) for n in range(1, 5)]
    for p in processes:
        p.start()
    received = [results.get() for _ in processes]  # in the order they finish
    for p in processes:
        p.join()  # join after get(), never before
    for n, name in sorted(received):  # the parent decides the order
        print(f"{name} sent {n}")
