from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection


def echo(conn):
    with conn:  # leaving the block calls conn.close()
        for message in iter(conn.recv, "stop"):
            conn.send(message)  # any picklable object, whole


if __name__ == "__main__":
    here, there = Pipe()
    print("an end of a Pipe() is a Connection:", isinstance(here, Connection))
    p = Process(target=echo, args=(there,))
    p.start()
    there.close()  # our copy of the child's end: now only the child holds it
    here.send({"id": 1, "values": [1.5, None]})
    print("recv():", here.recv())
    here.send("stop")
    try:
        here.recv()  # the child closed its end: nothing more can come
    except EOFError:
        print("recv() raised EOFError: every copy of the other end is closed")
    p.join()
    here.close()
    print("closed:", here.closed)
    try:
        here.send("too late")
    except OSError as e:
        print("send() after close() raised OSError:", e)
