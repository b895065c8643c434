import threading
import traceback
from multiprocessing.connection import Client, Listener


def serve(listener):
    try:
        listener.accept()
    except Exception as error:
        print("server:", *traceback.format_exception_only(type(error), error), end="", flush=True)


if __name__ == "__main__":
    with Listener(("127.0.0.1", 0), authkey=b"the right key") as listener:
        server = threading.Thread(target=serve, args=(listener,))
        server.start()
        try:
            Client(listener.address, authkey=b"a wrong key")
        finally:
            server.join(timeout=60)  # the server has printed its side first
