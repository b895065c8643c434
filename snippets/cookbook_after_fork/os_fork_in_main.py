import os
import threading

stop = threading.Event()
helper = threading.Thread(target=stop.wait)  # a second thread: the process is multi-threaded
helper.start()

pid = os.fork()  # called from __main__: 3.12+ shows the warning by default
if pid == 0:
    os._exit(0)  # the child leaves at once
os.waitpid(pid, 0)
stop.set()
helper.join()
print("child exited")
