import multiprocessing


def worker(go, results):
    results.put(f"worker: is_set() {go.is_set()}")
    if go.wait(timeout=10):  # True once set; False if 10 s pass first
        results.put("worker: wait() returned True")


if __name__ == "__main__":
    go = multiprocessing.Event()
    results = multiprocessing.Queue()
    p = multiprocessing.Process(target=worker, args=(go, results))
    p.start()
    print(results.get(timeout=10))  # the worker is running, the event not set
    go.set()
    p.join()
    print(results.get(timeout=10))
    print("parent: is_set()", go.is_set())
    go.clear()
    print("after clear(): wait(timeout=0.1) returned", go.wait(timeout=0.1))
