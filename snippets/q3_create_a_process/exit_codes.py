import sys
import time
from multiprocessing import Process

if __name__ == "__main__":
    returns = Process(target=time.sleep, args=(0,), name="returns")
    exits = Process(target=sys.exit, args=(3,), name="calls sys.exit(3)")
    killed = Process(target=time.sleep, args=(60,), name="terminated")
    for p in (returns, exits, killed):
        p.start()
    killed.terminate()  # SIGTERM on POSIX
    for p in (returns, exits, killed):
        p.join()
        print(f"{p.name}: exitcode={p.exitcode}")
        #> returns: exitcode=0
        #> calls sys.exit(3): exitcode=3
        #> terminated: exitcode=-15
