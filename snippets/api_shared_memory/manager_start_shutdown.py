from multiprocessing.managers import SharedMemoryManager
from multiprocessing.shared_memory import ShareableList

if __name__ == "__main__":
    smm = SharedMemoryManager()
    smm.start()  # starts the manager's process
    try:
        letters = smm.ShareableList("abc")  # any sequence of storable values
        print("letters:", list(letters))
        name = letters.shm.name
        letters.shm.close()  # our handle; the block is the manager's to unlink
    finally:
        smm.shutdown()  # unlinks every block it created, then stops its process
    try:
        ShareableList(name=name)
    except FileNotFoundError:
        print("after shutdown(), the list's block is gone")
