from multiprocessing import Event, Process


def wait_for(release):
    release.wait(timeout=60)  # the parent sets it; the timeout only stops a hang


if __name__ == "__main__":
    release = Event()
    p = Process(target=wait_for, args=(release,))
    p.start()
    try:
        p.close()  # refused: the child is running
    except ValueError as e:
        print("ValueError:", e)
    release.set()
    p.join()
    p.close()  # frees the pipe behind p.sentinel; closing twice is harmless
    p.close()
    try:
        print(p.exitcode)  # nearly every attribute is gone now
    except ValueError as e:
        print("ValueError:", e)
