from multiprocessing import Manager
from multiprocessing.managers import BaseProxy

if __name__ == "__main__":
    with Manager() as manager:
        squares = manager.list([n * n for n in range(6)])
        print(isinstance(squares, BaseProxy))
        print(repr(squares))  # the proxy: its class, typeid and address
        print(str(squares))  # the list in the manager's process
        print(squares._callmethod("__len__"))  # what len(squares) sends
        print(squares._callmethod("__getitem__", (slice(1, 3),)))
        squares._callmethod("sort", kwds={"reverse": True})
        try:
            squares._callmethod("__getitem__", (10,))
        except IndexError as exc:  # raised over there, re-raised here
            print("IndexError:", exc)
        copy = squares._getvalue()  # one call: a plain list, no longer shared
        print(type(copy).__name__, copy, squares == copy)
