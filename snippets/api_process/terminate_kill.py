import signal
import time
from multiprocessing import Event, Process


def wait_forever(ready, ignore_sigterm):
    if ignore_sigterm:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    ready.set()
    time.sleep(60)  # stopped by the parent long before


if __name__ == "__main__":
    for name, ignore_sigterm in [("polite", False), ("stubborn", True)]:
        ready = Event()
        p = Process(target=wait_forever, args=(ready, ignore_sigterm), name=name)
        p.start()
        ready.wait(timeout=10)  # the child's signal setting is in place
        p.terminate()  # SIGTERM
        p.join(timeout=0.5)  # a child that obeys SIGTERM has ended by now
        if p.is_alive():
            print(f"{name}: still running after terminate(); kill()")
            p.kill()  # SIGKILL: cannot be caught or ignored
            p.join()
        code = p.exitcode
        print(f"{name}: exitcode {code} ({signal.Signals(-code).name})")
