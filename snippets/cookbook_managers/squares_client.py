"""The second program: squares_server.py runs `python squares_client.py PORT`."""

import os
import sys
from multiprocessing.connection import Client


def main():
    if len(sys.argv) != 2:
        print("usage: python squares_client.py PORT (squares_server.py runs it)")
        return 2
    authkey = bytes.fromhex(os.environ["SQUARES_AUTHKEY"])  # never on the command line
    with Client(("127.0.0.1", int(sys.argv[1])), authkey=authkey) as conn:
        for n in (3, 4, 5):
            conn.send(n)  # pickled, sent, unpickled by the server
            print(f"client: {n} squared is {conn.recv()}", flush=True)
        conn.send(None)  # no more questions
    return 0


if __name__ == "__main__":
    sys.exit(main())
