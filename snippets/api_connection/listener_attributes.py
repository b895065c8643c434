from multiprocessing.connection import Client, Listener

if __name__ == "__main__":
    listener = Listener(("127.0.0.1", 0), backlog=4)
    host, port = listener.address
    print("address:", host, "and a port chosen by the system:", port != 0)
    print("last_accepted before any accept():", listener.last_accepted)
    # without authkey, Client() returns as soon as the system has queued the
    # connection (backlog), so one thread can play both ends
    client = Client(listener.address)
    server = listener.accept()
    accepted_host, accepted_port = listener.last_accepted
    print("last_accepted:", accepted_host, "from another port:", accepted_port != port)
    client.send("hello")
    print("the server received:", server.recv())
    client.close()
    server.close()

    listener.close()
    listener.close()  # a second close() does nothing
    try:
        listener.accept()
    except OSError as error:
        print("accept() after close():", error)
    try:
        print(listener.address)  # the closed listener has none
    except AttributeError as error:
        print("address after close():", error)
