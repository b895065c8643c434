import multiprocessing

if __name__ == "__main__":
    lock = multiprocessing.Lock()
    if hasattr(lock, "locked"):
        print("Lock.locked():", lock.locked(), end=" ")
        with lock:
            print("then", lock.locked())
    else:
        print("Lock.locked(): no such method")
    with multiprocessing.Manager() as manager:
        if hasattr(manager, "set"):
            shared = manager.set({"a"})
            shared.add("b")
            print("Manager().set():", sorted(shared))
        else:
            print("Manager().set(): no such method")
        numbers = manager.list([1, 2, 3])
        try:
            numbers.clear()
            print("ListProxy.clear():", list(numbers))
        except AttributeError as exc:
            print(f"ListProxy.clear(): AttributeError: {exc}")
