import os
from multiprocessing import Pipe, Process
from multiprocessing.connection import Client, Listener


def serve(authkey, address_out):
    # 127.0.0.1: this machine only; port 0: a free port the system picks
    with Listener(("127.0.0.1", 0), authkey=authkey) as listener:
        address_out.send(listener.address)  # the client learns where to connect
        with listener.accept() as conn:  # checks the client's key first
            while (word := conn.recv()) is not None:
                print("server got:", word, flush=True)
                conn.send(word.upper())


if __name__ == "__main__":
    authkey = os.urandom(32)  # the secret both ends must share
    address_in, address_out = Pipe(duplex=False)
    # daemon: if this program fails, the server is stopped, not left in accept()
    server = Process(target=serve, args=(authkey, address_out), daemon=True)
    server.start()
    if not address_in.poll(60):  # the server may fail before it listens
        raise SystemExit("the server did not start")
    with Client(address_in.recv(), authkey=authkey) as conn:
        for word in ("ping", "hello"):
            conn.send(word)
            print("client got:", conn.recv(), flush=True)
        conn.send(None)  # tells the server to stop
    server.join(60)
    print("server exit code:", server.exitcode)
