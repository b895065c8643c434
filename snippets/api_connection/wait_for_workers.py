import socket
from multiprocessing import Pipe, Process
from multiprocessing.connection import wait


def work(n, conn):
    conn.send(n * n)
    conn.close()


if __name__ == "__main__":
    readers, workers = [], []
    for n in range(3):
        reader, writer = Pipe(duplex=False)
        worker = Process(target=work, args=(n, writer))
        worker.start()
        writer.close()  # only the worker holds it now: its exit means end of file
        readers.append(reader)
        workers.append(worker)

    results = []
    while readers:
        ready = wait(readers, timeout=60)  # a timeout: a worker may hang
        if not ready:
            raise SystemExit("no worker answered in 60 s")
        for reader in ready:  # in no particular order
            try:
                results.append(reader.recv())
            except EOFError:  # that worker is done and its pipe is closed
                readers.remove(reader)
    print("results:", sorted(results))

    # a Process.sentinel becomes ready when that process has ended
    by_sentinel = {worker.sentinel: worker for worker in workers}
    while by_sentinel:
        for sentinel in wait(list(by_sentinel), timeout=60):
            by_sentinel.pop(sentinel).join()  # it has ended: join() reaps it
    print("exit codes:", [worker.exitcode for worker in workers])

    # a socket: ready when it has data; timeout=0 only looks
    left, right = socket.socketpair()
    with left, right:
        print("socket ready before send:", wait([left], timeout=0))
        right.sendall(b"x")
        print("socket ready after send:", wait([left], timeout=60) == [left])
