"""A stand-in for a library that cannot be used in a forked child, as CUDA.

It initialises its "device" on first use. A child forked after that inherits a
copy of the initialised state that it cannot use, and refuses with the message
PyTorch gives for CUDA (the device renamed).
"""

import os

_initialised = False
_in_bad_fork = False


def _after_fork_in_child():
    global _initialised, _in_bad_fork
    if _initialised:  # the parent had opened the device: this copy cannot use it
        _initialised = False
        _in_bad_fork = True


if hasattr(os, "register_at_fork"):  # POSIX: runs in every child os.fork() makes
    os.register_at_fork(after_in_child=_after_fork_in_child)


def init():
    global _initialised
    if _in_bad_fork:
        raise RuntimeError(
            "Cannot re-initialize the device in forked subprocess. To use it with "
            "multiprocessing, you must use the 'spawn' start method"
        )
    _initialised = True


def square(x):
    init()  # on first use, like torch.cuda
    return x * x


if __name__ == "__main__":
    print("square(3) =", square(3))
