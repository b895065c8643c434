from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Event, JoinableQueue, Lock, Pool, SimpleQueue, Value


def work(n, sync):
    return n


if __name__ == "__main__":
    with Pool(2) as pool:
        for sync in (Lock(), Value("i", 0), SimpleQueue(), JoinableQueue()):
            result = pool.apply_async(work, (1, sync))
            try:
                result.get(timeout=10)  # a timeout: never wait forever in an example
            except RuntimeError as error:
                print(f"apply_async + get: RuntimeError: {error}")

    with ProcessPoolExecutor(2) as executor:
        future = executor.submit(work, 1, Event())
        try:
            future.result(timeout=10)
        except RuntimeError as error:
            print(f"submit + result: RuntimeError: {error}")
