from multiprocessing import Process, Queue


def produce(q, cancel):
    q.put(b"x" * 1_000_000)  # 1 MB: far more than the pipe holds unread
    if cancel:
        q.cancel_join_thread()  # exit without waiting: the unwritten rest is lost
    else:
        q.close()  # this process puts nothing more
        q.join_thread()  # wait until the feeder thread has written all of it


if __name__ == "__main__":
    q = Queue()
    p = Process(target=produce, args=(q, False))
    p.start()
    p.join(timeout=0.2)  # it cannot end: nobody reads, so its feeder thread waits
    print("join_thread(), nothing read yet: alive", p.is_alive())
    print("read", len(q.get(timeout=30)), "bytes")
    p.join(timeout=30)
    print("join_thread(), all read: alive", p.is_alive())

    q = Queue()
    p = Process(target=produce, args=(q, True))
    p.start()
    p.join(timeout=30)  # nobody reads, yet it ends
    print("cancel_join_thread(), nothing read: alive", p.is_alive())
