"""I/O-bound work five ways: the same HTTP requests fetched by a plain loop, threads, asyncio (held to
as many requests in flight as the pools have workers, and unbounded) and a process pool, by number of
requests.

Run from the repository root:

    python benchmarks/io_bound.py [--busy-ok]

It writes benchmarks/results/io_bound.json and the plot docs/plots/io_bound-{light,dark}.svg.
A local HTTP server (http.server.ThreadingHTTPServer on 127.0.0.1, port 0) answers every GET
after a fixed wait, LATENCY, which stands for the network; it runs in a process of its own, so
that its threads do not take the GIL from the client measured. For each number of requests
(REQUESTS), the time to fetch them all and read every body:

- ``loop``: one ``urllib.request`` call after the other;
- ``threads``: ``ThreadPoolExecutor(WORKERS).map`` of the same call;
- ``asyncio_limited``: ``asyncio.gather`` of ``asyncio.open_connection`` coroutines, each writing a
  minimal HTTP/1.0 GET and reading to the end, each inside an ``asyncio.Semaphore(WORKERS)``: one
  thread, at most WORKERS requests in flight, the same limit as the two pools;
- ``asyncio_all``: the same coroutines without the semaphore: every request in flight at once;
- ``processes``: ``Pool(WORKERS).map`` of the urllib call, chunksize 1 (this interpreter's
  default start method).

The loop has one request in flight, threads, processes and ``asyncio_limited`` WORKERS: at best they
answer in waves, ceil(requests / WORKERS) waits of LATENCY (the ``waves_s`` column and the dash-dot-dot
line of the plot); ``asyncio_all`` has them all, one wait at best (the dashed line).

The thread pool, the process pool and the event loop are started before timing. Each figure is
the median of harness.RUNS rounds after harness.WARMUPS discarded (every way and number of
requests once per round, in turns), with the lowest and highest.
"""

from __future__ import annotations

import asyncio
import math
import multiprocessing
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from matplotlib.ticker import FuncFormatter

import harness
import plots
import record

REQUESTS = [10, 40, 160]
LATENCY = 0.02  # seconds each response waits before it is sent
WORKERS = 16  # threads in the thread pool, processes in the process pool
WAYS = ["loop", "threads", "asyncio_limited", "asyncio_all", "processes"]
DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # no proxy for 127.0.0.1


class Server(ThreadingHTTPServer):
    request_queue_size = 256  # every connection at once (the default is 5 before 3.15)
    daemon_threads = True


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(LATENCY)
        body = f"body of {self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def serve(conn):
    server = Server(("127.0.0.1", 0), Handler)
    conn.send(server.server_address[1])
    server.serve_forever()


def fetch(url):
    with DIRECT.open(url, timeout=30) as response:
        return response.read()


async def fetch_async(port, path):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".encode())
    response = await asyncio.wait_for(reader.read(), timeout=30)
    writer.close()
    await writer.wait_closed()
    return response.partition(b"\r\n\r\n")[2]


async def fetch_all(port, paths, limit=None):
    """Every path's body, in order: all requests in flight at once, or at most `limit` at a time."""
    if limit is None:
        return await asyncio.gather(*(fetch_async(port, p) for p in paths))
    slots = asyncio.Semaphore(limit)

    async def one(path):
        async with slots:
            return await fetch_async(port, path)

    return await asyncio.gather(*(one(p) for p in paths))


def checked(bodies, paths):
    """Every body right: a way that lost a response must not look fast."""
    if list(bodies) != [f"body of {p}".encode() for p in paths]:
        raise SystemExit("a response was missing or wrong")


def main():
    record.guard()
    ctx = multiprocessing.get_context()
    parent, child = ctx.Pipe()
    server = ctx.Process(target=serve, args=(child,), daemon=True)
    server.start()  # first, while this process has no thread: a fork start method forks safely
    if not parent.poll(60):
        raise SystemExit("the HTTP server did not start")
    port = parent.recv()
    paths = {n: [f"/item/{i}" for i in range(n)] for n in REQUESTS}
    urls = {n: [f"http://127.0.0.1:{port}{p}" for p in paths[n]] for n in REQUESTS}
    pool = ctx.Pool(WORKERS)
    threads = ThreadPoolExecutor(WORKERS)
    loop = asyncio.new_event_loop()
    try:
        pool.map(fetch, urls[REQUESTS[0]] * 2, chunksize=1)  # every worker started
        list(threads.map(fetch, urls[REQUESTS[0]] * 2))
        ways = {
            "loop": lambda n: [fetch(u) for u in urls[n]],
            "threads": lambda n: list(threads.map(fetch, urls[n])),
            "asyncio_limited": lambda n: loop.run_until_complete(fetch_all(port, paths[n], WORKERS)),
            "asyncio_all": lambda n: loop.run_until_complete(fetch_all(port, paths[n])),
            "processes": lambda n: pool.map(fetch, urls[n], chunksize=1),
        }
        runs = harness.interleaved({
            (way, n): (lambda run=run, n=n: checked(run(n), paths[n]))
            for n in REQUESTS for way, run in ways.items()
        })
    finally:
        loop.close()
        threads.shutdown()
        pool.terminate()
        pool.join()
        server.terminate()
        server.join()
    rows = []
    for n in REQUESTS:
        row = {"requests": n, "all_at_once_s": LATENCY, "one_by_one_s": n * LATENCY,
               "waves_s": math.ceil(n / WORKERS) * LATENCY}
        for way in WAYS:
            row.update(record.spread(f"{way}_s", runs[way, n]))
        rows.append(row)
    publish(rows, ctx.get_start_method())


LABELS = {
    "loop": "a plain loop",
    "threads": f"{WORKERS} threads",
    "asyncio_limited": f"asyncio, {WORKERS} at a time",
    "asyncio_all": "asyncio, all at once",
    "processes": f"{WORKERS} processes (Pool)",
}


def publish(rows, method):
    """Draw the plot and write the result file from the measured rows."""
    python = record.python()

    def draw(ax, palette):
        xs = [r["requests"] for r in rows]
        for i, way in enumerate(WAYS):
            ax.plot(xs, [r[f"{way}_s"] for r in rows], color=palette["series"][i],
                    marker=palette["markers"][i], linestyle=palette["linestyles"][i], label=LABELS[way])
        ax.plot(xs, [r["waves_s"] for r in rows], color=palette["ideal"], linewidth=1,
                linestyle=(0, (6, 1.5, 1, 1.5, 1, 1.5)),
                label=f"ideal, {WORKERS} at a time: one wait per {WORKERS} requests")
        ax.plot(xs, [LATENCY for _ in xs], color=palette["ideal"], linestyle="--", linewidth=1,
                label=f"ideal, all at once: one wait ({LATENCY * 1000:g} ms)")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xticks(xs)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:g}"))
        ax.yaxis.set_major_formatter(FuncFormatter(plots.seconds))
        ax.set_xlabel("Requests (log scale)")
        ax.set_ylabel("Time to fetch them all (log scale)")
        ax.set_title(f"HTTP requests answered after {LATENCY * 1000:g} ms each, {python}, pool: {method}",
                     fontsize=10)
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=9)

    plots.save("io_bound", draw, size=(8.5, 4.0))
    small, big = rows[0], rows[-1]

    def figures(row):
        return "; ".join(f"{LABELS[w]} {row[f'{w}_s']:.3g} s" for w in WAYS)

    alt = (
        f"Line chart, both axes logarithmic, of the time to fetch {small['requests']} to "
        f"{big['requests']} HTTP requests from a local server that waits {LATENCY * 1000:g} ms "
        f"before each answer, five ways, with two reference lines: {WORKERS} at a time answering in waves "
        f"(one wait per {WORKERS} requests: {small['waves_s']:.3g} s at {small['requests']}, "
        f"{big['waves_s']:.3g} s at {big['requests']}) and all at once (one wait). "
        f"At {small['requests']} requests: {figures(small)}. At {big['requests']}: {figures(big)}."
    )
    seconds = {"unit": "s", "format": ".3f"}
    record.write(
        "io_bound",
        title=f"I/O-bound: the same HTTP requests fetched five ways, by number of requests: one at a time, "
        f"{WORKERS} at a time (threads, asyncio, processes) and all at once (asyncio)",
        columns=[{"key": "requests", "label": "Requests"}]
        + [{"key": f"{way}_s", "label": LABELS[way][0].upper() + LABELS[way][1:], **seconds} for way in WAYS]
        + [{"key": "waves_s", "label": f"Ideal, {WORKERS} at a time (waves of one wait)", **seconds}],
        rows=rows,
        repetitions=harness.RUNS,
        plots=[{"name": "io_bound", "alt": alt}],
        notes=(
            f"A local ThreadingHTTPServer, in a process of its own, answers each GET after "
            f"{LATENCY * 1000:g} ms. Loop, threads and processes: urllib.request; asyncio: "
            f"asyncio.open_connection with a minimal HTTP/1.0 GET, at most {WORKERS} at a time "
            f"(an asyncio.Semaphore({WORKERS}) around each request) or every request at once. The "
            f"pools ({WORKERS} workers each, processes started with {method}) and the event loop "
            f"were running before timing; every body was checked. The ideal: ceil(requests / "
            f"{WORKERS}) waits of {LATENCY * 1000:g} ms, for {WORKERS} requests in flight answering "
            f"in waves (not measured)."
        ),
        start_method=method,
        latency_s=LATENCY,
        workers=WORKERS,
    )


if __name__ == "__main__":
    main()
