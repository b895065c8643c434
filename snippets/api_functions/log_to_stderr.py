import logging
import multiprocessing


def work():
    multiprocessing.get_logger().info("hello from the child")


if __name__ == "__main__":
    logger = multiprocessing.get_logger()
    print(f"{logger.name!r}: handlers {logger.handlers}, level {logger.level}")
    logger = multiprocessing.log_to_stderr(logging.INFO)
    # forkserver also logs "created temp directory /tmp/pymp-..." (a new name each
    # run): hidden here so that every run prints the same.
    logger.handlers[0].addFilter(lambda record: "temp directory" not in record.msg)
    print(f"after log_to_stderr(): handlers {logger.handlers}")
    p = multiprocessing.Process(target=work)
    p.start()
    p.join()
    print("the parent logs as it exits:")
