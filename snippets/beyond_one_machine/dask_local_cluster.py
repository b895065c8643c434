import logging

from dask.distributed import Client, LocalCluster

WORK = [1_000_000 + i for i in range(8)]  # eight CPU-bound tasks, all different


def sum_of_squares(n):
    total = 0
    for i in range(n):  # pure Python: needs the GIL all the time
        total += i * i
    return total


if __name__ == "__main__":
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        host="127.0.0.1",  # the scheduler and workers listen on this machine only
        dashboard_address="127.0.0.1:0",  # its web server: this machine, any free port
        silence_logs=logging.CRITICAL,  # Dask's own log: at shutdown, a worker's last
        # heartbeat can race the closing scheduler and log a harmless error
    ) as cluster, Client(cluster) as client:
        futures = client.map(sum_of_squares, WORK)
        results = client.gather(futures)
    print(len(results), "results, the first:", results[0])
