import os
import queue
import threading
from multiprocessing import Process
from multiprocessing.managers import BaseManager

inbox = queue.Queue()  # an object of the serving process


class InboxManager(BaseManager):
    pass


InboxManager.register("get_inbox", callable=lambda: inbox)


def client(address, authkey):
    manager = InboxManager(address=address, authkey=authkey)
    manager.connect()  # starts nothing: talks to the server at that address
    manager.get_inbox().put(f"hello from {address[0]}")


if __name__ == "__main__":
    authkey = os.urandom(32)
    manager = InboxManager(address=("127.0.0.1", 0), authkey=authkey)
    server = manager.get_server()  # a server in this process, not a new one
    print(manager.address, "is not where it listens:", server.address[1] > 0)
    # serve_forever() never returns: a daemon thread, ended with the program
    threading.Thread(target=server.serve_forever, daemon=True).start()
    p = Process(target=client, args=(server.address, authkey))
    p.start()
    p.join(timeout=60)
    print(inbox.get(timeout=60), p.exitcode)  # the queue object itself, here
