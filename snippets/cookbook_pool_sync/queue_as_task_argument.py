from multiprocessing import Pool, Queue


def work(n, queue):
    queue.put(n * n)


if __name__ == "__main__":
    queue = Queue()
    with Pool(2) as pool:
        pool.starmap(work, [(n, queue) for n in range(3)])  # the queue in each task
