from multiprocessing import Manager, Pool


def add(total, lock, totals, i):
    with lock:  # total.value += i is a get and a set: two calls, not one
        total.value += i
    totals[i] = i * i  # one call: no lock needed


if __name__ == "__main__":
    with Manager() as manager, Pool(2) as pool:
        total = manager.Value("i", 0)
        totals = manager.Array("i", [0] * 4)
        lock = manager.Lock()
        pool.starmap(add, [(total, lock, totals, i) for i in range(4)])
        print(total.value, list(totals), len(totals))
        # the typecode is only a label on a Value; an Array is an array.array
        total.value = "not a number"
        print(total.value)
        try:
            totals[0] = "not a number"
        except TypeError as exc:
            print("TypeError:", exc)
