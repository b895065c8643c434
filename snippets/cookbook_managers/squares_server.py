import os
import queue
import subprocess
import sys
import threading
from multiprocessing.connection import Listener

CLIENT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "squares_client.py")

if __name__ == "__main__":
    authkey = os.urandom(32)  # a secret that only the client is given
    # 127.0.0.1: reachable from this machine only; port 0: any free port
    with Listener(("127.0.0.1", 0), authkey=authkey) as listener:
        port = listener.address[1]
        env = {**os.environ, "SQUARES_AUTHKEY": authkey.hex()}
        with subprocess.Popen([sys.executable, CLIENT, str(port)], env=env) as client:
            accepted = queue.Queue()
            threading.Thread(target=lambda: accepted.put(listener.accept()), daemon=True).start()
            # a timeout: the client program may fail before it connects
            with accepted.get(timeout=60) as conn:
                while (n := conn.recv()) is not None:
                    print(f"server: squaring {n}", flush=True)
                    conn.send(n * n)
    print(f"server: client exited with code {client.returncode}")
