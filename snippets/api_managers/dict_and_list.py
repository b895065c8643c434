from multiprocessing import Manager, Process


def worker(scores, log):
    scores["ann"] = 3  # an item set on the proxy: sent to the manager
    scores["bob"]["games"].append(1)  # a copy of the inner dict: the change is lost
    log.append("worker done")


if __name__ == "__main__":
    with Manager() as manager:
        scores = manager.dict({"bob": {"games": []}})
        log = manager.list()
        p = Process(target=worker, args=(scores, log))
        p.start()
        p.join()
        print(dict(scores), list(log))

        # to change a value inside, put the changed copy back...
        bob = scores["bob"]
        bob["games"].append(1)
        scores["bob"] = bob
        # ...or store a proxy in the proxy: nested proxies share one object
        scores["eve"] = manager.list()
        scores["eve"].append(2)
        print(scores["bob"], scores["eve"])
