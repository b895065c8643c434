from multiprocessing import Pool
from multiprocessing.managers import SharedMemoryManager

if __name__ == "__main__":
    with SharedMemoryManager() as manager:  # `manager` stays a global of __main__
        block = manager.SharedMemory(size=1024)
        with Pool(1) as pool:  # a pool starts threads in the parent
            print("absolute values:", pool.map(abs, [-1, -2]))
        block.close()
    print("the manager has stopped; Python shuts down next")
