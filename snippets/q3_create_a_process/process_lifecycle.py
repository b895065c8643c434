import time
from multiprocessing import Process

if __name__ == "__main__":
    p = Process(target=time.sleep, args=(0.5,), name="sleeper")
    print(p.name, p.pid, p.is_alive(), p.exitcode)
    #> sleeper None False None
    p.start()
    print(p.pid is not None, p.is_alive(), p.exitcode)
    #> True True None
    p.join()
    print(p.is_alive(), p.exitcode)
    #> False 0
