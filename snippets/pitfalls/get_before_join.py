from multiprocessing import Process, Queue


def produce(queue):
    queue.put(b"x" * 1_000_000)


if __name__ == "__main__":
    queue = Queue()
    p = Process(target=produce, args=(queue,))
    p.start()
    data = queue.get()  # first take what the child sent ...
    p.join()  # ... then wait for it to exit
    print(f"got {len(data)} bytes; exit code {p.exitcode}")
