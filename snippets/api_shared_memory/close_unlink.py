from multiprocessing import shared_memory

if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=8)
    name = block.name
    view = block.buf[:2]  # a slice of buf, like a numpy array on it
    view[:] = b"hi"
    try:
        block.close()
    except BufferError as error:
        print("close() with a view alive: BufferError:", error)
        print("buf is already", block.buf)  # only the view still reaches the data
    del view  # drop every view first
    block.close()  # unmaps it from this process only
    print("after close(), buf is", block.buf)

    again = shared_memory.SharedMemory(name)  # the block itself still exists
    print("attached again, it still holds", bytes(again.buf[:2]))
    again.close()
    again.unlink()  # any one handle may destroy it, once

    try:
        shared_memory.SharedMemory(name)
    except FileNotFoundError:
        print("after unlink(), attaching raises FileNotFoundError")
