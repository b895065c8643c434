import time
from multiprocessing import Process, current_process


def report():
    me = current_process()
    print(f"{me.name}: daemon={me.daemon}; a Process it creates:", Process().daemon)


if __name__ == "__main__":
    print("main process: daemon =", current_process().daemon)
    p = Process(target=report, name="child")
    print("default:", p.daemon)  # taken from the process that creates it
    p.daemon = True  # before start()
    p.start()
    p.join()
    try:
        p.daemon = False
    except AssertionError as e:
        print("AssertionError:", e)
    leftover = Process(target=time.sleep, args=(60,), daemon=True)
    leftover.start()
    print("exiting without joining the daemonic child")
    # At exit, multiprocessing terminates it: the program ends now, not in 60 s.
