import multiprocessing


def work():
    pass


if __name__ == "__main__":
    # allow_none=True reads the program-wide default without fixing it:
    # None means nothing has chosen it yet.
    print("default before:", multiprocessing.get_start_method(allow_none=True))
    p = multiprocessing.get_context("spawn").Process(target=work)
    p.start()
    p.join()
    print(
        "default after a spawn context started a process:",
        multiprocessing.get_start_method(allow_none=True),
    )
    try:
        multiprocessing.set_start_method("spawn")
        print("set_start_method('spawn'): accepted")
    except RuntimeError as exc:
        print("set_start_method('spawn') raised RuntimeError:", exc)
