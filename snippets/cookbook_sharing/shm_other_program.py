import subprocess
import sys
from multiprocessing import resource_tracker, shared_memory

# Another program, not started by multiprocessing, opens the block by its name.
READER = """
import sys
from multiprocessing import resource_tracker, shared_memory

name, track = sys.argv[1], sys.argv[2] == "tracked"
if track:
    block = shared_memory.SharedMemory(name=name)
elif sys.version_info >= (3, 13):
    block = shared_memory.SharedMemory(name=name, track=False)
else:  # before 3.13: attach, then take the block off this program's tracker
    block = shared_memory.SharedMemory(name=name)
    resource_tracker.unregister(block._name, "shared_memory")
print("  reader got", bytes(block.buf[:5]))
block.close()
"""


def share_with_reader(track):
    block = shared_memory.SharedMemory(create=True, size=5)
    block.buf[:5] = b"hello"
    reader = subprocess.run(
        [sys.executable, "-c", READER, block.name, track],
        capture_output=True,
        text=True,
        check=True,
    )
    print(reader.stdout, end="")
    for line in reader.stderr.splitlines():  # its resource tracker's warning, if any
        if "UserWarning: " in line:
            warning = line.split("UserWarning: ")[1].replace(block.name, "<name>")
            print("  reader's stderr:", warning)
    block.close()
    try:
        block.unlink()
        print("  creator: unlink() worked, the block was still there")
    except FileNotFoundError:
        print("  creator: unlink() raised FileNotFoundError, the block is gone")
        resource_tracker.unregister(block._name, "shared_memory")  # quiet our own


if __name__ == "__main__":
    print("The reader attaches with the defaults:")
    share_with_reader("tracked")
    print("The reader attaches untracked:")
    share_with_reader("untracked")
