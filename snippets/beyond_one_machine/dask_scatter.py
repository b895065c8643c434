import logging

import numpy as np
from dask.distributed import Client, LocalCluster

CHUNK = 2_500_000


def chunk_sum(data, start):
    return int(data[start : start + CHUNK].sum())


if __name__ == "__main__":
    data = np.arange(10_000_000)  # 80 MB
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        host="127.0.0.1",  # the scheduler and workers listen on this machine only
        dashboard_address="127.0.0.1:0",  # its web server: this machine, any free port
        silence_logs=logging.CRITICAL,  # Dask's own log: at shutdown, a worker's last
        # heartbeat can race the closing scheduler and log a harmless error
    ) as cluster, Client(cluster) as client:
        remote = client.scatter(data, broadcast=True)  # sent once, to every worker
        futures = [client.submit(chunk_sum, remote, s) for s in range(0, len(data), CHUNK)]
        total = sum(client.gather(futures))
    print(len(futures), "chunks summed on the workers; right:", total == int(data.sum()))
