import logging

from dask.distributed import Client, LocalCluster, as_completed


def sum_of_squares(n):
    total = 0
    for i in range(n):  # pure Python: needs the GIL all the time
        total += i * i
    return total


def add(a, b):
    return a + b


if __name__ == "__main__":
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        host="127.0.0.1",  # the scheduler and workers listen on this machine only
        dashboard_address="127.0.0.1:0",  # its web server: this machine, any free port
        silence_logs=logging.CRITICAL,  # Dask's own log: at shutdown, a worker's last
        # heartbeat can race the closing scheduler and log a harmless error
    ) as cluster, Client(cluster) as client:
        a = client.submit(sum_of_squares, 1_000)
        b = client.submit(sum_of_squares, 2_000)
        total = client.submit(add, a, b)  # runs once a and b are done, where they are
        print("a + b =", total.result())

        futures = client.map(sum_of_squares, [10, 20, 30, 40])
        done = [result for _, result in as_completed(futures, with_results=True)]
        print("in the order they finished, sorted:", sorted(done))
