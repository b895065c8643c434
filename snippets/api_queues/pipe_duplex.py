from multiprocessing import Pipe, Process


def shout(conn):
    conn.send(conn.recv().upper())


if __name__ == "__main__":
    mine, theirs = Pipe()  # duplex=True: each end sends and receives
    p = Process(target=shout, args=(theirs,))
    p.start()
    mine.send("hello")
    if mine.poll(30):  # recv() takes no timeout: wait at most 30 s here
        print("duplex, back from the child:", mine.recv())
    p.join()

    reader, writer = Pipe(duplex=False)  # (receive-only end, send-only end)
    writer.send("one way")
    print("one-way:", reader.recv())
    try:
        reader.send("back")
    except OSError as e:
        print("reader.send() raised OSError:", e)
    try:
        writer.recv()
    except OSError as e:
        print("writer.recv() raised OSError:", e)
