from collections.abc import MutableMapping, MutableSet
from multiprocessing import Manager, Process


def tag(seen, word):
    seen.add(word)  # runs set.add in the manager's process


if __name__ == "__main__":
    with Manager() as manager:
        seen = manager.set({"a"})  # new in Python 3.14
        workers = [Process(target=tag, args=(seen, w)) for w in ("b", "c", "a")]
        for p in workers:
            p.start()
        for p in workers:
            p.join()
        print(sorted(seen), len(seen), "b" in seen)
        seen |= {"z"}  # in-place operators are sent too
        print(sorted(seen._getvalue() - {"a"}))
        # registered with the wrong ABC (gh-142740, open)
        print(isinstance(seen, MutableMapping), isinstance(seen, MutableSet))
