import multiprocessing
from multiprocessing import managers

if __name__ == "__main__":
    with multiprocessing.Manager() as manager:  # already started
        print(type(manager).__name__, isinstance(manager, managers.SyncManager))

    manager = managers.SyncManager(ctx=multiprocessing.get_context("spawn"))
    try:
        manager.dict()  # no server yet: start() or `with` comes first
    except AssertionError as exc:
        print("AssertionError:", exc)
    with manager:  # start() here, shutdown() at the end
        shared = manager.dict(a=1)
        print(shared.copy(), type(shared).__name__)
