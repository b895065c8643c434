import logging
import threading
from multiprocessing import get_context

log = logging.getLogger("app")
handler_busy = threading.Event()
let_writer_finish = threading.Event()


class SlowHandler(logging.StreamHandler):
    """A handler whose emit() takes a while, as a slow disk or a network call can."""

    def emit(self, record):  # Handler.handle() holds self.lock around emit()
        if record.threadName == "writer":
            handler_busy.set()
            let_writer_finish.wait()  # stays in emit() until the child has ended
        super().emit(record)


def child(handler):
    free = handler.lock.acquire(blocking=False)
    print("child:  is the handler's lock free?", free)
    if free:
        handler.lock.release()
    log.warning("the child logs through the same handler")


if __name__ == "__main__":
    handler = SlowHandler()
    handler.setFormatter(logging.Formatter("%(processName)s %(threadName)s: %(message)s"))
    logging.basicConfig(handlers=[handler])

    writer = threading.Thread(target=log.warning, args=("a slow record",), name="writer")
    writer.start()
    handler_busy.wait()  # the writer thread is inside emit(), holding the handler's lock
    print("parent: is the handler's lock free?", handler.lock.acquire(blocking=False))

    process = get_context("fork").Process(target=child, args=(handler,))
    process.start()
    process.join()
    print("child exit code:", process.exitcode)
    let_writer_finish.set()
    writer.join()
