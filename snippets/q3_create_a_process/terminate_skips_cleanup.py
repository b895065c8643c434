import time
from multiprocessing import Event, Process, Queue


def grandchild_job(child_is_dead, messages):
    child_is_dead.wait()
    messages.put("grandchild (daemonic): still running, orphaned")


def child_job(ready, child_is_dead, messages):
    grandchild = Process(
        target=grandchild_job, args=(child_is_dead, messages), daemon=True
    )
    grandchild.start()
    try:
        ready.set()
        time.sleep(60)  # terminate() arrives here
    finally:
        print("child: finally clause")  # never printed


if __name__ == "__main__":
    ready, child_is_dead, messages = Event(), Event(), Queue()
    child = Process(target=child_job, args=(ready, child_is_dead, messages))
    child.start()
    ready.wait()
    child.terminate()  # SIGTERM on POSIX
    child.join()
    print(f"child: exitcode={child.exitcode}")
    child_is_dead.set()
    print(messages.get(timeout=5))
