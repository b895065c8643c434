import os
import queue
import subprocess
import sys
from multiprocessing.managers import BaseManager

CLIENT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "jobs_client.py")
jobs = queue.Queue()  # lives in the manager's process


def get_jobs():
    return jobs


class JobsManager(BaseManager):
    pass


JobsManager.register("get_jobs", callable=get_jobs)

if __name__ == "__main__":
    authkey = os.urandom(32)  # a secret that only the client is given
    # 127.0.0.1: reachable from this machine only; port 0: any free port
    with JobsManager(address=("127.0.0.1", 0), authkey=authkey) as manager:
        port = manager.address[1]
        env = {**os.environ, "JOBS_AUTHKEY": authkey.hex()}
        subprocess.run([sys.executable, CLIENT, str(port)], env=env, timeout=60)
        job_queue = manager.get_jobs()
        while not job_queue.empty():  # the client has ended: nothing else puts
            print("server got:", job_queue.get(timeout=60))
