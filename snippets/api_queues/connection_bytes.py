import array
from multiprocessing import BufferTooShort, Pipe

if __name__ == "__main__":
    reader, writer = Pipe(duplex=False)
    writer.send_bytes(b"hello, world", 7, 5)  # offset 7, size 5: no pickling
    print("recv_bytes():", reader.recv_bytes(maxlength=100))

    numbers = array.array("i", [1, 2, 3])
    writer.send_bytes(numbers)  # any bytes-like object, as its raw bytes
    into = array.array("i", [0] * 5)
    n = reader.recv_bytes_into(into, 2 * into.itemsize)  # offset counts bytes
    print("recv_bytes_into():", n // into.itemsize, "items ->", into.tolist())

    writer.send_bytes(b"0123456789")
    small = bytearray(4)
    try:
        reader.recv_bytes_into(small)
    except BufferTooShort as e:  # the message is read anyway, and kept in args[0]
        print("BufferTooShort, args[0] =", e.args[0])
