"""What it costs to get a payload to a worker, by payload size: pickled, through a queue,
in shared memory, or inherited through fork.

Run from the repository root (POSIX: the fork way needs the fork start method):

    python benchmarks/sending_data_cost.py [--busy-ok]

It writes benchmarks/results/sending_data_cost.json and the plot
docs/plots/sending_data_cost-{light,dark}.svg. For each payload size (a `bytes`
object of 1 KiB to 64 MiB), the time until a worker has the payload and has
answered, four ways:

- ``Pool.apply`` argument: pickled, sent down the pool's pipe, unpickled in an
  already running worker (this interpreter's default start method);
- ``multiprocessing.Queue``: ``put`` in the parent, ``get`` in a running
  worker process, which answers on a second queue;
- ``SharedMemory``: create a block, copy the payload in, then a running pool
  worker attaches to the block by name (only the name is pickled);
- fork copy-on-write: the payload is a global when a ``fork`` ``Pool(1)``
  starts; the worker inherits it. This time includes starting that pool (there
  is no other way to fork data in), which the other ways had done before timing.

Each worker reads the payload's length and its last byte: the time is getting
access to the data, not processing it. Each figure is the median of
harness.RUNS rounds after harness.WARMUPS discarded (every size and way once per
round; the fork way in rounds of its own first, before this process has the
threads a Pool starts), with the lowest and highest.
"""

from __future__ import annotations

import multiprocessing
import time
from multiprocessing.shared_memory import SharedMemory

from matplotlib.ticker import FuncFormatter

import harness
import plots
import record

SIZES = [2**10 * 4**i for i in range(9)]  # 1 KiB, 4 KiB, ..., 64 MiB
PAYLOAD = None  # in a forked worker: the parent's payload, inherited


def last_byte(data):
    return len(data), data[-1]


def from_global():
    return last_byte(PAYLOAD)


def from_shared_memory(name, size):
    # track=False (3.13+) is not needed in a pool worker, which shares the parent's
    # resource tracker (so the block is unlinked once, by the parent); it only keeps
    # the worker's attach cheap: no registration message to the tracker.
    block = SharedMemory(name=name, track=False)
    try:
        return size, block.buf[size - 1]
    finally:
        block.close()


def queue_worker(inbox, outbox):
    for data in iter(inbox.get, None):
        outbox.put(last_byte(data))


def queue_round_trip(inbox, outbox, payload):
    inbox.put(payload)
    return outbox.get()


def through_shared_memory(pool, payload):
    block = SharedMemory(create=True, size=len(payload))
    try:
        block.buf[: len(payload)] = payload
        pool.apply(from_shared_memory, (block.name, len(payload)))
    finally:
        block.close()
        block.unlink()


def through_fork(payload):
    """Seconds from creating a fork Pool(1) with `payload` as a global to its first answer."""
    global PAYLOAD
    PAYLOAD = payload
    try:
        start = time.perf_counter()
        pool = multiprocessing.get_context("fork").Pool(1)
        pool.apply(from_global)
        seconds = time.perf_counter() - start
        pool.terminate()  # its shutdown is not part of the transfer
        pool.join()
        return seconds
    finally:
        PAYLOAD = None


def payload_of(size):
    return bytes(size - 1) + b"\x01"


def main():
    record.guard()
    ctx = multiprocessing.get_context()
    fork = "fork" in multiprocessing.get_all_start_methods()
    ways = ["pool", "queue", "shared_memory"] + (["fork"] if fork else [])
    payloads = {size: payload_of(size) for size in SIZES}
    runs = {}
    if fork:  # first, while this process has no other thread: forking with threads is unsafe
        seconds = {}  # through_fork times from the pool's start, not the whole call
        runs.update(harness.interleaved({("fork", size): (lambda p=p, size=size: seconds.setdefault(
            size, []).append(through_fork(p))) for size, p in payloads.items()}))
        runs.update({("fork", size): t[harness.WARMUPS:] for size, t in seconds.items()})
    inbox, outbox = ctx.Queue(), ctx.Queue()
    consumer = ctx.Process(target=queue_worker, args=(inbox, outbox))
    consumer.start()
    with ctx.Pool(1) as pool:
        pool.apply(last_byte, (b"warm-up",))
        runs.update(harness.interleaved({
            **{("pool", size): lambda p=p: pool.apply(last_byte, (p,)) for size, p in payloads.items()},
            **{("queue", size): lambda p=p: queue_round_trip(inbox, outbox, p) for size, p in payloads.items()},
            **{("shared_memory", size): lambda p=p: through_shared_memory(pool, p) for size, p in payloads.items()},
        }))
    inbox.put(None)
    consumer.join()
    rows = []
    for size in SIZES:
        row = {"payload": plots.size(size), "bytes": size}
        for way in ways:
            row.update(record.spread(f"{way}_ms", [t * 1000 for t in runs[way, size]]))
        rows.append(row)
    publish(rows)


def publish(rows):
    """Draw the plot and write the result file from the measured rows."""
    method = multiprocessing.get_start_method()
    ways = [way for way in ("pool", "queue", "shared_memory", "fork") if f"{way}_ms" in rows[0]]
    labels = {
        "pool": "Pool.apply argument (pickled)",
        "queue": "multiprocessing.Queue (pickled)",
        "shared_memory": "SharedMemory (copied in, attached)",
        "fork": "fork copy-on-write (incl. pool start)",
    }
    python = record.python()

    def draw(ax, palette):
        xs = [r["bytes"] for r in rows]
        for i, way in enumerate(ways):
            ax.plot(xs, [r[f"{way}_ms"] / 1000 for r in rows], color=palette["series"][i],
                    marker=palette["markers"][i], linestyle=palette["linestyles"][i],
                    label=labels[way])
        ax.set_xscale("log", base=2)
        ax.set_yscale("log")
        ax.set_xticks(xs[::2])
        ax.xaxis.set_major_formatter(FuncFormatter(plots.size))
        ax.yaxis.set_major_formatter(FuncFormatter(plots.seconds))
        ax.set_xlabel("Payload (log scale)")
        ax.set_ylabel("Time per transfer (log scale)")
        ax.set_title(f"Getting a payload to a worker, {python}, pools: {method}", fontsize=10)
        ax.legend(loc="upper left")

    plots.save("sending_data_cost", draw)
    small, big = rows[0], rows[-1]

    def figures(row):
        return ", ".join(f"{labels[w].split(' (')[0]} {row[f'{w}_ms']:,.4g} ms" for w in ways)

    alt = (  # the figures as the table shows them
        f"Line chart, both axes logarithmic, of the time to get a payload of {small['payload']} "
        f"to {big['payload']} to a worker process, {len(ways)} ways. At {small['payload']}: "
        f"{figures(small)}. At {big['payload']}: {figures(big)}."
    )
    ms = {"unit": "ms", "format": ",.4g"}
    record.write(
        "sending_data_cost",
        title="Getting a payload to a worker: time per transfer, by payload size",
        columns=[{"key": "payload", "label": "Payload"}]
        + [{"key": f"{way}_ms", "label": labels[way], **ms} for way in ways],
        rows=rows,
        repetitions=harness.RUNS,
        plots=[{"name": "sending_data_cost", "alt": alt}],
        notes=(
            "The payload is a bytes object; the worker reads its length and last byte. Pool and "
            f"queue workers were running before timing (start method {method}); the fork way's "
            "time includes starting a fork Pool(1), which is how fork hands data over."
        ),
        start_method=method,
    )


if __name__ == "__main__":
    main()
