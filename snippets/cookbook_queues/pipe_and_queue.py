from multiprocessing import Pipe, Process, Queue, SimpleQueue


def answer(conn):  # a Pipe: two ends, each can send and receive
    question = conn.recv()
    conn.send(f"{question} -> {question.upper()}")


def report(results, name):  # a queue: any number of processes put on it
    results.put(f"{name} done")


if __name__ == "__main__":
    mine, theirs = Pipe()  # duplex: both ends send and receive
    p = Process(target=answer, args=(theirs,))
    p.start()
    mine.send("hello")
    if mine.poll(30):  # recv() has no timeout: poll() waits at most 30 s
        print("Pipe:", mine.recv())
    p.join()

    results = Queue()  # any number of processes put, the parent gets
    workers = [Process(target=report, args=(results, f"w{i}")) for i in range(3)]
    for w in workers:
        w.start()
    print("Queue:", sorted(results.get(timeout=30) for _ in workers))  # before join()
    for w in workers:
        w.join()

    results = SimpleQueue()
    workers = [Process(target=report, args=(results, f"s{i}")) for i in range(3)]
    for w in workers:
        w.start()
    print("SimpleQueue:", sorted(results.get() for _ in workers))
    for w in workers:
        w.join()
