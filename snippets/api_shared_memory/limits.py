from multiprocessing.shared_memory import ShareableList


def attempt(what, action):
    try:
        print(f"{what}: {action()!r}")
    except Exception as error:
        print(f"{what}: {type(error).__name__}: {error}")


if __name__ == "__main__":
    items = ShareableList(["abc", b"ab\x00", 7, "\u00e9" * 7])
    try:
        attempt("trailing NUL stripped", lambda: items[1])  # gh-106939
        items[0] = "abcdefg"  # "abc" was given 8 bytes: 7 fit
        attempt("grown str", lambda: items[0])
        attempt("too long", lambda: items.__setitem__(0, "abcdefghi"))
        attempt("7 x é", lambda: items[3])  # room counted in characters, not bytes
        attempt("above 64 bits", lambda: items.__setitem__(2, 2**63))
        attempt("a list item", lambda: items.__setitem__(2, [1]))
        attempt("append", lambda: items.append(1))
        attempt("slice", lambda: items[0:2])
    finally:
        items.shm.close()
        items.shm.unlink()
