import os
import sys
import threading

print("top-level code runs as", __name__)

calls = 0


def count_call(n):
    global calls
    calls += 1
    return calls, os.getpid(), threading.get_ident()


if __name__ == "__main__":
    if sys.version_info < (3, 14):
        print("Python 3.13 and older: no concurrent.futures.InterpreterPoolExecutor")
        sys.exit()
    from concurrent.futures import InterpreterPoolExecutor

    with InterpreterPoolExecutor(max_workers=1) as executor:
        results = list(executor.map(count_call, range(3)))
    print("calls counted in the worker:", [n for n, _, _ in results])
    print("calls counted in the parent:", calls)
    print("same process:", all(pid == os.getpid() for _, pid, _ in results))
    print("same thread:", any(t == threading.get_ident() for _, _, t in results))
