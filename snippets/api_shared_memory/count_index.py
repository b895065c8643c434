from multiprocessing.shared_memory import ShareableList

if __name__ == "__main__":
    items = ShareableList(["a", "b", "a", 1, True, 1.0])
    try:
        print("count('a'):", items.count("a"))
        print("count(1):", items.count(1))  # 1 == True == 1.0, as in a list
        print("index(True):", items.index(True))
        try:
            items.index("z")
        except ValueError as error:
            print("index('z'): ValueError:", error)
    finally:
        items.shm.close()
        items.shm.unlink()
