from multiprocessing import Pipe, Process


def produce(writer):
    for n in range(3):
        writer.send(n)
    # exiting closes this process's copy of the writing end


if __name__ == "__main__":
    reader, writer = Pipe(duplex=False)  # one way: (receiving end, sending end)
    p = Process(target=produce, args=(writer,))
    p.start()
    writer.close()  # the parent's copy: else the reader would wait for it for ever
    while True:
        try:
            print("got", reader.recv())
        except EOFError:
            print("EOFError: every copy of the sending end is closed")
            break
    p.join()
