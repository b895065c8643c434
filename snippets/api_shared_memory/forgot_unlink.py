import subprocess
import sys
from multiprocessing import shared_memory

# A program that closes its block but never unlinks it.
LEAKY = """
from multiprocessing import shared_memory
block = shared_memory.SharedMemory(create=True, size=8)
print(block.name)
block.close()
"""

if __name__ == "__main__":
    run = subprocess.run(
        [sys.executable, "-c", LEAKY], capture_output=True, text=True, check=True
    )
    name = run.stdout.strip()
    for line in run.stderr.splitlines():  # its resource tracker's warning
        if "UserWarning: " in line:
            print(line.split("UserWarning: ")[1].replace(name, "<name>"))
    try:
        shared_memory.SharedMemory(name)
    except FileNotFoundError:
        print("the tracker unlinked it: attaching raises FileNotFoundError")
