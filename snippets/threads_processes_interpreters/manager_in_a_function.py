from multiprocessing import Pool
from multiprocessing.managers import SharedMemoryManager


def main():
    with SharedMemoryManager() as manager:  # a local: gone when main() returns
        block = manager.SharedMemory(size=1024)
        with Pool(1) as pool:
            print("absolute values:", pool.map(abs, [-1, -2]))
        block.close()
    print("the manager has stopped; Python shuts down next")


if __name__ == "__main__":
    main()
