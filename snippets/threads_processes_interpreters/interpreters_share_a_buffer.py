from concurrent import interpreters  # new in Python 3.14
from concurrent.futures import InterpreterPoolExecutor


def fill(view, items):
    view[:] = b"x" * len(view)  # writes into the caller's buffer, if the view is shared
    items.append("added")  # changes a copy, if the list was pickled
    return len(view)


if __name__ == "__main__":
    data = bytearray(4)
    view = memoryview(data)
    items = []
    samples = ["a", b"b", 1, 1.5, True, None, (1, "a"), view, interpreters.create_queue()]
    samples += [items, {"a": 1}, bytearray(1)]
    for shareable in (True, False):
        names = [type(o).__name__ for o in samples if interpreters.is_shareable(o) == shareable]
        print("shared:" if shareable else "pickled:", " ".join(names))

    with InterpreterPoolExecutor(max_workers=1) as executor:
        executor.submit(fill, view, items).result()
    print("the caller's bytearray:", bytes(data))
    print("the caller's list:", items)
