import threading
from multiprocessing import AuthenticationError
from multiprocessing.connection import (
    Client,
    Listener,
    answer_challenge,
    deliver_challenge,
)

KEY = b"use os.urandom(32) for a real key"


def handle(listener, outcome):
    # a Listener without authkey: accept() returns without a handshake, so a
    # client that never answers blocks this thread only, not the accept loop
    with listener.accept() as conn:
        try:
            deliver_challenge(conn, KEY)  # the same two steps as accept() with
            answer_challenge(conn, KEY)  # authkey=KEY, in the same order
            outcome.append(f"authenticated, got {conn.recv()!r}")
        except AuthenticationError as error:
            outcome.append(f"AuthenticationError: {error}")


if __name__ == "__main__":
    with Listener(("127.0.0.1", 0)) as listener:
        for client_key in (KEY, b"a wrong key"):
            outcome = []
            server = threading.Thread(target=handle, args=(listener, outcome))
            server.start()
            try:
                with Client(listener.address, authkey=client_key) as conn:
                    conn.send("hello")
                    print("client: accepted")
            except AuthenticationError as error:
                print("client: AuthenticationError:", error)
            server.join(60)  # the server has said what it saw
            print("server:", *outcome)
