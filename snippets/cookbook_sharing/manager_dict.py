from multiprocessing import Manager, Pool

WORDS = ("spam", "eggs", "ham")


def add_word(shared, word):
    shared[word] = len(word)  # sets a key of the manager's dict: kept
    shared["plain"].append(word)  # appends to a copy of the inner list: lost
    shared["proxied"].append(word)  # the inner list is a proxy as well: kept


if __name__ == "__main__":
    with Manager() as manager:  # starts the manager's server process
        shared = manager.dict(plain=[], proxied=manager.list())
        with Pool(2) as pool:
            pool.starmap(add_word, [(shared, word) for word in WORDS])
        print("lengths:", {word: shared[word] for word in WORDS})
        print("plain list inside:", shared["plain"])
        print("manager.list() inside:", sorted(shared["proxied"]))
