from multiprocessing import Process, Queue


def produce(q):
    q.put("a")
    q.put("b")


def show(q):
    print(f"qsize()={q.qsize()} empty()={q.empty()} full()={q.full()}")


if __name__ == "__main__":
    q = Queue(maxsize=2)
    show(q)
    p = Process(target=produce, args=(q,))
    p.start()
    p.join()  # the child has exited: both items are in the pipe, nobody else puts
    show(q)
    q.get(timeout=10)
    show(q)
    q.get(timeout=10)
    show(q)
