from multiprocessing import Process, Queue


def produce(q):
    q.put(b"x" * 1_000_000)  # 1 MB: more than the pipe under the queue holds
    q.cancel_join_thread()  # exit without waiting for the data to be read


if __name__ == "__main__":
    q = Queue()
    p = Process(target=produce, args=(q,))
    p.start()
    p.join(timeout=30)  # no get() first, yet the child exits
    print("child alive:", p.is_alive(), "exit code:", p.exitcode)
    # What the child had not yet written into the pipe is lost: don't read it here,
    # a get() could find half a message and wait for the rest for ever.
