import traceback
from multiprocessing import Process, Queue


class ChildError(Exception):
    """Carries the child's traceback, as text, to the parent."""


def report_to(results, func, *args):
    # Runs in the child: send back either the result or the failure.
    try:
        results.put(("ok", func(*args)))
    except Exception as exc:
        results.put(("failed", exc, traceback.format_exc()))


def divide(a, b):
    return a / b


def run(func, *args):
    results = Queue()
    p = Process(target=report_to, args=(results, func, *args))
    p.start()
    # A timeout: a child killed before it could report sends nothing.
    status, *payload = results.get(timeout=60)
    p.join()
    if status == "failed":
        exc, text = payload
        # As a Pool does: the child's traceback shows above the parent's.
        raise exc from ChildError(f'\n"""\n{text}"""')
    return payload[0]


if __name__ == "__main__":
    print("6 / 3 =", run(divide, 6, 3))
    print("1 / 0 =", run(divide, 1, 0))
