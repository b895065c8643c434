import signal
import time
from multiprocessing import Event, Process


def wait_forever(ready, ignore_sigterm):
    if ignore_sigterm:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    ready.set()
    time.sleep(60)  # stopped by the parent long before


if __name__ == "__main__":
    children = []
    for name, ignore_sigterm in [("polite", False), ("stubborn", True)]:
        ready = Event()
        p = Process(target=wait_forever, args=(ready, ignore_sigterm), name=name)
        p.start()
        ready.wait(timeout=10)  # the child's signal setting is in place
        children.append(p)
    polite, stubborn = children
    polite.terminate()  # SIGTERM: by default, it ends the process
    polite.join()
    stubborn.terminate()  # ignored by this child
    stubborn.join(timeout=0.2)  # returns after 0.2 s: the child cannot end
    print("stubborn alive after terminate():", stubborn.is_alive())
    stubborn.kill()  # SIGKILL: cannot be caught or ignored
    stubborn.join()
    for p in children:
        print(f"{p.name}: exitcode {p.exitcode} ({signal.Signals(-p.exitcode).name})")
