import multiprocessing

go = None  # the parent's Event, in each worker


def keep(event):
    global go
    go = event


def square_when_told(n):
    go.wait(timeout=10)  # the parent sets it; the timeout only guards a hang
    return n * n


if __name__ == "__main__":
    event = multiprocessing.Event()
    with multiprocessing.Pool(1, initializer=keep, initargs=(event,)) as pool:
        result = pool.apply_async(square_when_told, (3,))
        results = pool.imap(square_when_told, [4])
        try:
            try:
                result.get(timeout=0.1)
            except TimeoutError:  # the built-in one: does not match
                print("caught by except TimeoutError")
        except multiprocessing.TimeoutError as error:
            print("get(timeout=0.1) raised", type(error))
        try:
            results.next(timeout=0.1)
        except multiprocessing.TimeoutError:
            print("imap's next(timeout=0.1) raised it too")

        event.set()  # the tasks were still waiting: a timeout stops nothing
        print("then:", result.get(timeout=10), results.next(timeout=10))

    print(multiprocessing.TimeoutError.__mro__)
