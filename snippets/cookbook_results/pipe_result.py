from multiprocessing import Pipe, Process


def square(n, conn):
    conn.send(n * n)
    conn.close()


if __name__ == "__main__":
    receiver, sender = Pipe(duplex=False)  # one pipe per child
    p = Process(target=square, args=(7, sender))
    p.start()
    sender.close()  # the parent's copy: if the child dies, recv() raises EOFError
    print(receiver.recv())  # recv() before join(), as with a queue
    p.join()
