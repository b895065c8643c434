import logging
import multiprocessing


def square(n):
    return n * n


if __name__ == "__main__":
    logger = multiprocessing.log_to_stderr(logging.INFO)
    # Under forkserver the parent also logs "created temp directory /tmp/pymp-...",
    # a new random name at every run: hidden here so that every run prints the same.
    logger.handlers[0].addFilter(lambda record: "temp directory" not in record.msg)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(4)))
        pool.close()
        pool.join()  # the workers exit normally, and log it, before the with block ends
