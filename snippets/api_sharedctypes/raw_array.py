from ctypes import Structure, c_double
from multiprocessing import Process
from multiprocessing.sharedctypes import RawArray, RawValue


class Point(Structure):
    _fields_ = [("x", c_double), ("y", c_double)]


def fill(squares, start, stop, origin):
    for i in range(start, stop):  # each worker writes its own items: no lock needed
        squares[i] = i * i
    if start == 0:  # and only one of them moves the point
        origin.x += 0.5


if __name__ == "__main__":
    squares = RawArray("i", 6)  # a size: zeroed
    weights = RawArray(c_double, [0.5, 0.25])  # a sequence: its length and values
    origin = RawValue(Point, 1.0, 2.0)  # arguments go to Point(...)
    halves = [(0, 3), (3, 6)]
    workers = [Process(target=fill, args=(squares, *half, origin)) for half in halves]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print("squares:", squares[:], type(squares).__name__)
    print("weights:", weights[:])
    print("origin:", origin.x, origin.y, type(origin).__name__)
