from multiprocessing import Process
from multiprocessing.shared_memory import ShareableList


def child(name):
    same = ShareableList(name=name)  # attach by the block's name
    same[0] += 1
    same[2] = "xyz"  # a str may change, within the room it was given
    same.shm.close()


if __name__ == "__main__":
    items = ShareableList([41, 2.5, "abc", b"\x01\x02", None, True])
    try:
        print("format:", items.format)
        print("shm:", type(items.shm).__name__)  # the block that holds it all
        worker = Process(target=child, args=(items.shm.name,))
        worker.start()
        worker.join()
        print("after the child:", list(items), "len", len(items))
    finally:
        items.shm.close()
        items.shm.unlink()  # a ShareableList has no close/unlink of its own
