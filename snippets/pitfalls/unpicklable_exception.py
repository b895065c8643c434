import threading
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, TimeoutError


class ParseError(Exception):
    # Broken on purpose: pickle rebuilds an exception as ParseError(*exc.args),
    # and args holds one item, the message, where __init__ wants two.
    def __init__(self, line, text):
        super().__init__(f"line {line}: cannot parse {text!r}")


def parse(text):
    if not text.isdigit():
        raise ParseError(2, text)
    return int(text)


thread_died = threading.Event()
print_traceback = threading.excepthook


def print_and_note(args):
    print_traceback(args)  # what Python prints when a thread dies
    thread_died.set()


if __name__ == "__main__":
    threading.excepthook = print_and_note
    try:
        with Pool(processes=2) as pool:
            result = pool.map_async(parse, ["1", "two"])
            thread_died.wait(timeout=60)  # the pool's result-handler thread
            try:
                result.get(timeout=1)  # pool.map() would wait here forever
            except TimeoutError:
                print("Pool: get() timed out: the exception never arrived")
    except AssertionError as exc:
        print(f"Pool: leaving the with block: AssertionError: {exc}")

    with ProcessPoolExecutor(max_workers=2) as executor:
        try:
            list(executor.map(parse, ["1", "two"]))
        except Exception as exc:
            print(f"ProcessPoolExecutor: {type(exc).__name__}: {exc}")
            print(f"its __cause__: {exc.__cause__}")
