import logging
from multiprocessing import Process

log = logging.getLogger(__name__)


def work():
    print(f"child: __name__ is {__name__!r}, root handlers: {logging.root.handlers}")
    log.info("working")
    log.warning("disk almost full")


if __name__ == "__main__":
    logging.basicConfig(
        level=logging.INFO, format="%(processName)s %(name)s %(levelname)s: %(message)s"
    )
    log.info("starting a child")
    child = Process(target=work)
    child.start()
    child.join()
