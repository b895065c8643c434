import errno
import os
from multiprocessing.shared_memory import SharedMemory


def room_in_dev_shm():
    """Bytes still free in /dev/shm, where POSIX shared memory lives (Linux)."""
    stats = os.statvfs("/dev/shm")
    return stats.f_bavail * stats.f_frsize


def create_block(size):
    """A SharedMemory block, or an error now instead of a SIGBUS at a later write."""
    if size > room_in_dev_shm():
        raise OSError(errno.ENOSPC, "/dev/shm is too small: raise docker's --shm-size")
    return SharedMemory(create=True, size=size)


if __name__ == "__main__":
    too_big = 2 * room_in_dev_shm() + 2**20  # twice the room: nothing else frees that

    # Creating only sets the block's size: tmpfs allocates a page at its first write.
    block = SharedMemory(create=True, size=too_big)
    print("SharedMemory larger than /dev/shm: created, no error")
    block.close()
    block.unlink()  # never written: writing all of it would kill this process

    try:
        create_block(too_big)
    except OSError as error:
        print("create_block() refused it:", errno.errorcode[error.errno])

    block = create_block(2**20)
    print("a 1 MiB block: created")
    block.close()
    block.unlink()
