from ctypes import Structure, c_int
from multiprocessing import Process
from multiprocessing.sharedctypes import copy, synchronized


class Stock(Structure):
    _fields_ = [("apples", c_int), ("pears", c_int)]


def sell(stock):
    with stock:  # the wrapper's lock, held across both fields
        stock.apples -= 2
        stock.pears -= 1


if __name__ == "__main__":
    local = Stock(10, 5)  # an ordinary ctypes object, private to this process
    shared = copy(local)  # the same bytes, copied into shared memory
    stock = synchronized(shared)  # a wrapper with a new lock; fields as properties
    print("wrapper class:", type(stock).__name__)
    workers = [Process(target=sell, args=(stock,)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print("shared:", stock.apples, stock.pears)
    print("local, untouched:", local.apples, local.pears)
    print("get_obj() is the copy:", stock.get_obj() is shared)
