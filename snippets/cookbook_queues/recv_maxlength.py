from multiprocessing import Pipe

if __name__ == "__main__":
    reader, writer = Pipe(duplex=False)
    writer.send_bytes(b"x" * 1000)
    reader.recv_bytes(maxlength=100)  # the message is longer than 100 bytes: refused
