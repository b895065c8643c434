import sys
import threading
from multiprocessing import Process


def append_item(items, item):
    items.append(item)


def append_in_child(items, item):
    items.append(item)
    sys.stdout.write(f"child process {item} sees {items}\n")  # one write: a whole line


if __name__ == "__main__":
    items = []
    threads = [threading.Thread(target=append_item, args=(items, n)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("parent, after 3 threads:  ", sorted(items))

    items = []
    processes = [Process(target=append_in_child, args=(items, n)) for n in range(3)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    print("parent, after 3 processes:", items)
