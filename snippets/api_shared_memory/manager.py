from multiprocessing import Process
from multiprocessing.managers import SharedMemoryManager
from multiprocessing.shared_memory import SharedMemory


def fill(block, totals, row):
    block.buf[row] = row * 10  # each child writes its own byte: no lock needed
    totals[row] = row * 100


if __name__ == "__main__":
    with SharedMemoryManager() as smm:  # start() now, shutdown() at the end
        block = smm.SharedMemory(size=4)
        totals = smm.ShareableList([0, 0, 0, 0])
        workers = [Process(target=fill, args=(block, totals, r)) for r in range(4)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print("block:", list(block.buf[:4]), "list:", list(totals))
        name = block.name
        block.close()  # our own handles; the manager unlinks the blocks
        totals.shm.close()
    try:
        SharedMemory(name)
    except FileNotFoundError:
        print("after the with block, the manager has unlinked it")
