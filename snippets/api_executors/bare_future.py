from concurrent.futures import Executor, Future, InvalidStateError


class InlineExecutor(Executor):
    """Runs each call at once, in the caller's thread: the Future protocol."""

    def submit(self, fn, /, *args, **kwargs):
        future = Future()
        if not future.set_running_or_notify_cancel():
            return future  # cancelled before it started: do not run it
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)
        return future


if __name__ == "__main__":
    with InlineExecutor() as executor:
        print(list(executor.map(pow, [2, 3], [5, 5])))  # map() comes from Executor
        print(repr(executor.submit(int, "x").exception()))

    future = Future()
    print("cancel() before running:", future.cancel())
    print("set_running_or_notify_cancel():", future.set_running_or_notify_cancel())

    future = Future()
    future.set_result(42)
    try:
        future.set_result(43)  # a future is finished only once
    except InvalidStateError as exc:
        print("InvalidStateError:", exc)
