from multiprocessing import (
    AuthenticationError,
    BufferTooShort,
    ProcessError,
    TimeoutError,
)
from multiprocessing.managers import SyncManager

if __name__ == "__main__":
    for cls in (BufferTooShort, TimeoutError, AuthenticationError):
        print(cls.__name__, "is a ProcessError:", issubclass(cls, ProcessError))
    manager = SyncManager()
    manager.start()
    manager.shutdown()
    try:
        manager.start()  # a manager starts once
    except ProcessError as e:
        print(f"{type(e).__name__}: {e}")
