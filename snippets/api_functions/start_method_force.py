import multiprocessing

if __name__ == "__main__":
    # allow_none=True reads without fixing the default: None means "not chosen yet".
    print("allow_none=True:", multiprocessing.get_start_method(allow_none=True))
    multiprocessing.set_start_method("spawn")
    print("after set_start_method('spawn'):", multiprocessing.get_start_method())
    try:
        multiprocessing.set_start_method("spawn")  # even the same method, twice
    except RuntimeError as exc:
        print("a second set_start_method() raised RuntimeError:", exc)
    multiprocessing.set_start_method(None, force=True)  # forget the choice
    print("after force=True with None:", multiprocessing.get_start_method(True))
    try:
        multiprocessing.set_start_method("threads")
    except ValueError as exc:
        print("ValueError:", exc)
