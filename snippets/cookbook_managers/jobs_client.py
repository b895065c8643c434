"""The second program: remote_manager.py runs `python jobs_client.py PORT`."""

import os
import sys
from multiprocessing.managers import BaseManager


class JobsManager(BaseManager):
    pass


JobsManager.register("get_jobs")  # no callable: the server has it


def main():
    if len(sys.argv) != 2:
        print("usage: python jobs_client.py PORT (remote_manager.py runs it)")
        return 2
    authkey = bytes.fromhex(os.environ["JOBS_AUTHKEY"])  # never on the command line
    manager = JobsManager(address=("127.0.0.1", int(sys.argv[1])), authkey=authkey)
    manager.connect()  # starts nothing: uses the running manager
    job_queue = manager.get_jobs()  # a proxy to the queue in the manager's process
    for name in ("photo1.jpg", "photo2.jpg"):
        job_queue.put(f"resize {name}")
    print("client: 2 jobs sent", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
