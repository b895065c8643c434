import signal
import subprocess
import sys

# The child blocks SIGINT and SIGTERM, says it is ready, then waits for either
# and prints the first that came. A blocked signal waits: none can be missed.
CHILD = """
import signal
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
print("ready", flush=True)
first = signal.sigwait({signal.SIGINT, signal.SIGTERM})
print(signal.Signals(first).name, "came first", flush=True)
"""


def start(new_session):
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=new_session,  # setsid(): a session and group of its own
    )
    child.stdout.readline()  # "ready"
    return child


if __name__ == "__main__":
    children = {"same session": start(False), "own session": start(True)}
    try:
        print("Children ready; press Ctrl-C")
        signal.pause()  # wait for Ctrl-C
    except KeyboardInterrupt:
        for name, child in children.items():
            child.terminate()  # SIGTERM, from the parent
            print(f"{name}: {child.stdout.readline().strip()}")
            child.wait()
        raise  # exit by SIGINT, as after any Ctrl-C
