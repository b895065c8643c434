from multiprocessing import Event, Process


def wait_for(event):
    event.wait(timeout=60)  # a timeout: a mistake below cannot leave it waiting forever


if __name__ == "__main__":
    event = Event()
    p = Process(target=wait_for, args=(event,))
    try:
        p.join()  # before start()
    except AssertionError as e:
        print(f"join() before start(): {type(e).__name__}: {e}")
    p.start()
    try:
        p.start()  # a second time
    except AssertionError as e:
        print(f"start() twice: {type(e).__name__}: {e}")
    try:
        p.close()  # the child is still waiting for the event
    except ValueError as e:
        print(f"close() while running: {type(e).__name__}: {e}")
    event.set()
    p.join()
    p.close()
    try:
        print(p.exitcode)  # after close()
    except ValueError as e:
        print(f"exitcode after close(): {type(e).__name__}: {e}")
