from multiprocessing.shared_memory import ShareableList

if __name__ == "__main__":
    items = ShareableList([1, 2, 3])
    try:
        print("items[-1]:", items[-1])  # in range: fine
        try:
            items[3]
        except IndexError as error:
            print("items[3]: IndexError:", error)
        # Out of range on the negative side: no IndexError, it reads other bytes.
        print("items[-5]:", repr(items[-5]))
        items[-5] = 0  # and writes the format "q" over item 1
        print("after items[-5] = 0:", list(items))
    finally:
        items.shm.close()
        items.shm.unlink()
