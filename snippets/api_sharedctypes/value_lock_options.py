from multiprocessing import Array, Lock, RLock, Value

if __name__ == "__main__":
    # lock=a lock of yours: one lock guards several objects together. An RLock,
    # because each .value or [i] inside the `with` takes the same lock again
    guard = RLock()
    balance = Value("d", 100.0, lock=guard)
    history = Array("d", 4, lock=guard)
    print("one lock for both:", balance.get_lock() is history.get_lock() is guard)
    with guard:  # both changes, or neither, as other processes see them
        balance.value -= 25.0
        history[0] = -25.0
    print("balance:", balance.value, "history:", history[:])

    # a plain Lock is not recursive: inside `with`, .value would wait for ever
    plain = Value("i", 0, lock=Lock())
    with plain.get_lock():
        print("Lock free inside with:", plain.get_lock().acquire(block=False))

    # lock=False: the plain ctypes object, with no wrapper and no lock
    raw = Value("i", 7, lock=False)
    print("lock=False:", repr(raw), "has get_lock():", hasattr(raw, "get_lock"))

    # 'c': an array of chars, read as bytes through .value (to the first NUL) or .raw
    name = Array("c", 8)
    name.value = b"shared"
    print("value:", name.value, "raw:", name.raw)
