import random
import signal


def time_is_up(signum, frame):
    raise TimeoutError("time is up")


def python_loop():
    while True:  # stands for a stuck task written in Python
        pass


if __name__ == "__main__":
    # The handler runs in the main thread, between two bytecodes. The timer
    # counts this process's CPU time (ITIMER_VIRTUAL), so that a busy machine
    # cannot move it; ITIMER_REAL (SIGALRM) counts wall-clock time.
    signal.signal(signal.SIGVTALRM, time_is_up)

    signal.setitimer(signal.ITIMER_VIRTUAL, 0.05)
    try:
        python_loop()
    except TimeoutError as error:
        print(f"Python loop: {error!r}")

    numbers = [random.random() for _ in range(2_000_000)]
    signal.setitimer(signal.ITIMER_VIRTUAL, 0.05)
    try:
        numbers.sort()  # one call into C, far longer than 0.05 s
    except TimeoutError as error:
        print(f"list.sort(): {error!r}; the list is sorted:", numbers == sorted(numbers))
