from multiprocessing import Process, shared_memory


def child(name):
    block = shared_memory.SharedMemory(name)  # attach: no create, no size
    try:
        print("child reads:", bytes(block.buf[:5]), "size", block.size)
        block.buf[:5] = b"HELLO"  # writes straight into the parent's memory
    finally:
        block.close()  # the child is done with it; the parent unlinks it


if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=16)
    try:
        # The generated name is random: show only its prefix and length.
        print("name:", block.name[:4] + "...", len(block.name), "characters")
        print("size:", block.size, "buf:", type(block.buf).__name__, len(block.buf))
        block.buf[:5] = b"hello"
        worker = Process(target=child, args=(block.name,))
        worker.start()
        worker.join()
        print("parent reads:", bytes(block.buf[:5]))
    finally:
        block.close()
        block.unlink()  # once, by one process: the block is destroyed
