from multiprocessing import Process, Queue


def produce(queue):
    queue.put(b"x" * 1_000_000)  # 1 MB: more than the pipe under the queue holds


if __name__ == "__main__":
    queue = Queue()
    p = Process(target=produce, args=(queue,))
    p.start()
    p.join(timeout=0.5)  # the mistake: join() before get()
    if p.is_alive():
        print("after join(timeout=0.5) the child is still alive:")
        print("join() without a timeout would have waited forever")
    data = queue.get()  # drain the queue: now the child can exit
    p.join()
    print(f"got {len(data)} bytes; exit code {p.exitcode}")
