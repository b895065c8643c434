import logging

import psutil  # installed with dask[distributed]
from dask.distributed import LocalCluster


def listening(cluster):
    """Where this process listens: a LocalCluster runs its scheduler in it."""
    web_port = cluster.scheduler.http_server.port  # the dashboard's web server
    found = []
    for conn in psutil.Process().net_connections("inet"):
        if conn.status == psutil.CONN_LISTEN:
            name = "web server" if conn.laddr.port == web_port else "scheduler"
            found.append(f"{name} on {conn.laddr.ip}")
    return ", ".join(sorted(found))


if __name__ == "__main__":
    for address in (":0", "127.0.0.1:0"):
        with LocalCluster(
            n_workers=0,  # the scheduler alone: its sockets are what this shows
            host="127.0.0.1",  # the scheduler's own port: on this machine only
            dashboard_address=address,
            silence_logs=logging.CRITICAL,
        ) as cluster:
            print(f"dashboard_address={address!r}: {listening(cluster)}")
