import multiprocessing
import sys


def hello():
    print("child: hello")


if __name__ == "__main__":
    ctx = multiprocessing.get_context("forkserver")
    if sys.version_info >= (3, 15):
        ctx.set_forkserver_preload(["no_such_module"], on_error="fail")
    else:
        print("Python 3.14 and older: no on_error; a failed preload is skipped")
        ctx.set_forkserver_preload(["no_such_module"])
    p = ctx.Process(target=hello)
    try:
        p.start()
    except OSError as exc:
        print(f"start() raised {type(exc).__name__}")
        for note in getattr(exc, "__notes__", []):
            print("note:", note)
    else:
        p.join()
        print("exit code:", p.exitcode)
