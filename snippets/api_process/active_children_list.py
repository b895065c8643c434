from multiprocessing import Event, Process, active_children


def wait_for(release):
    release.wait(timeout=60)  # the parent sets it; the timeout only stops a hang


if __name__ == "__main__":
    release = Event()
    workers = [
        Process(target=wait_for, args=(release,), name=f"worker-{i}") for i in range(2)
    ]
    print("before start():", active_children())
    for w in workers:
        w.start()
    print("running:", sorted(p.name for p in active_children()))
    release.set()
    for w in workers:
        w.join()
    print("after join():", active_children())
