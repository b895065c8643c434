import select
from multiprocessing import Pipe

if __name__ == "__main__":
    a, b = Pipe()
    print("poll():", a.poll())  # no timeout: answers at once
    print("poll(0.1):", a.poll(0.1))  # waits at most 0.1 s
    b.send("ping")
    print("poll(None):", a.poll(None))  # would wait for ever; data is there
    fd = a.fileno()  # a real file descriptor (a handle on Windows)
    ready, _, _ = select.select([fd], [], [], 10)
    print("select() finds it readable:", ready == [fd])
    print("recv():", a.recv())
    b.close()
    print("poll() once the other end is closed:", a.poll())  # True: EOF is readable
    try:
        a.recv()
    except EOFError:
        print("recv() raised EOFError")
