"""What a message costs through a Pipe, a Queue and a SimpleQueue, by message size.

Run from the repository root:

    python benchmarks/pipe_vs_queue.py [--busy-ok]

It writes benchmarks/results/pipe_vs_queue.json and the plot
docs/plots/pipe_vs_queue-{light,dark}.svg. One worker process per way, started
before timing with this interpreter's default start method, and two patterns:

- round trip: the parent sends a message and waits for the worker to send it
  back, again and again (the time of one exchange, there and back);
- one way: the parent sends a stream of messages and the worker answers once,
  after the last (the time per message of a one-way stream).

The ways: ``Pipe()`` (one duplex Connection each side: ``send``/``recv``), two
``multiprocessing.Queue`` (``put``/``get``: a feeder thread pickles and writes),
and two ``SimpleQueue`` (``put``/``get``: pickled and written by the caller, under
a lock). The messages are ``bytes`` objects of 64 B to 4 MiB. Each figure is the
median of harness.RUNS rounds after harness.WARMUPS discarded, every size, way and
pattern once per round, in turns; one timing is a batch of messages (fewer for the
larger sizes), divided by its number of messages.
"""

from __future__ import annotations

import multiprocessing

from matplotlib.ticker import FuncFormatter

import harness
import plots
import record

SIZES = [64, 4096, 262_144, 4_194_304]  # 64 B, 4 KiB, 256 KiB, 4 MiB
MESSAGES = {64: 2000, 4096: 1000, 262_144: 100, 4_194_304: 10}  # per timing
WAYS = ["pipe", "queue", "simple_queue"]
PATTERNS = ["round trip", "one way"]


def serve(receive, send):
    """The worker: for ("round trip", n) echo n messages; for ("one way", n) read n, answer once."""
    for pattern, n in iter(receive, None):
        if pattern == "round trip":
            for _ in range(n):
                send(receive())
        else:
            for _ in range(n):
                receive()
            send(n)


def worker(way, a, b):
    if way == "pipe":  # a is the worker's end of the duplex pipe
        serve(a.recv, a.send)
    else:  # a is the inbox, b the outbox
        serve(a.get, b.put)


class Way:
    """The parent's end of one way, with its worker process running."""

    def __init__(self, ctx, way):
        if way == "pipe":
            mine, theirs = ctx.Pipe()
            self.send, self.receive = mine.send, mine.recv
            args = (way, theirs, None)
        else:
            make = ctx.Queue if way == "queue" else ctx.SimpleQueue
            inbox, outbox = make(), make()
            self.send, self.receive = inbox.put, outbox.get
            args = (way, inbox, outbox)
        self.process = ctx.Process(target=worker, args=args)
        self.process.start()

    def round_trip(self, payload, n):
        self.send(("round trip", n))
        for _ in range(n):
            self.send(payload)
            self.receive()

    def one_way(self, payload, n):
        self.send(("one way", n))
        for _ in range(n):
            self.send(payload)
        self.receive()

    def stop(self):
        self.send(None)
        self.process.join()


def main():
    record.guard()
    ctx = multiprocessing.get_context()
    payloads = {size: bytes(size) for size in SIZES}
    ways = {way: Way(ctx, way) for way in WAYS}
    for way in ways.values():  # the worker has started and answers
        way.round_trip(b"warm-up", 1)
    runs = harness.interleaved({
        (pattern, way, size): (lambda w=w, pattern=pattern, size=size:
                               getattr(w, pattern.replace(" ", "_"))(payloads[size], MESSAGES[size]))
        for size in SIZES for pattern in PATTERNS for way, w in ways.items()
    })
    for way in ways.values():
        way.stop()
    rows = []
    for pattern in PATTERNS:
        for size in SIZES:
            row = {"pattern": pattern, "payload": plots.size(size), "bytes": size, "messages": MESSAGES[size]}
            for way in WAYS:
                row.update(record.spread(f"{way}_us", [t / MESSAGES[size] * 1e6 for t in runs[pattern, way, size]]))
            rows.append(row)
    publish(rows)


LABELS = {"pipe": "Pipe", "queue": "Queue", "simple_queue": "SimpleQueue"}
PATTERN_LABELS = {"round trip": "round trip", "one way": "one way, per message"}


def publish(rows):
    """Draw the plot and write the result file from the measured rows."""
    method = multiprocessing.get_start_method()
    python = record.python()

    def draw(ax, palette):
        i = 0
        for pattern in PATTERNS:
            these = [r for r in rows if r["pattern"] == pattern]
            xs = [r["bytes"] for r in these]
            for way in WAYS:
                ax.plot(xs, [r[f"{way}_us"] / 1e6 for r in these], color=palette["series"][i],
                        marker=palette["markers"][i], linestyle=palette["linestyles"][i],
                        label=f"{LABELS[way]}, {PATTERN_LABELS[pattern]}")
                i += 1
        ax.set_xscale("log", base=2)
        ax.set_yscale("log")
        ax.set_xticks([r["bytes"] for r in rows if r["pattern"] == PATTERNS[0]])
        ax.xaxis.set_major_formatter(FuncFormatter(plots.size))
        ax.yaxis.set_major_formatter(FuncFormatter(plots.seconds))
        ax.set_xlabel("Message size (log scale)")
        ax.set_ylabel("Time per message (log scale)")
        ax.set_title(f"Pipe, Queue and SimpleQueue, {python}, start method: {method}", fontsize=10)
        ax.legend(loc="upper left", fontsize=8)

    plots.save("pipe_vs_queue", draw)

    def figures(row):
        return ", ".join(f"{LABELS[w]} {row[f'{w}_us']:,.1f} µs" for w in WAYS)

    first = {p: next(r for r in rows if r["pattern"] == p) for p in PATTERNS}
    last = {p: [r for r in rows if r["pattern"] == p][-1] for p in PATTERNS}
    alt = (  # the figures as the table shows them
        "Line chart, both axes logarithmic, of the time per message through a Pipe, a Queue and a "
        f"SimpleQueue, for messages of {first['round trip']['payload']} to {last['round trip']['payload']}, "
        "as round trips and as a one-way stream. "
        + " ".join(f"{PATTERN_LABELS[p].capitalize()}, at {first[p]['payload']}: {figures(first[p])}; "
                   f"at {last[p]['payload']}: {figures(last[p])}." for p in PATTERNS)
    )
    micro = {"unit": "µs", "format": ",.1f"}
    record.write(
        "pipe_vs_queue",
        title="Pipe, Queue and SimpleQueue: time per message, by message size",
        columns=[{"key": "pattern", "label": "Pattern"}, {"key": "payload", "label": "Message"},
                 {"key": "messages", "label": "Messages per timing"}]
        + [{"key": f"{way}_us", "label": LABELS[way], **micro} for way in WAYS],
        rows=rows,
        repetitions=harness.RUNS,
        plots=[{"name": "pipe_vs_queue", "alt": alt}],
        notes=(
            "Each message is a bytes object. Round trip: the parent sends a message and waits for the "
            "worker to send it back (time per exchange); one way: the parent sends the messages and the "
            "worker answers once after the last (time per message). Pipe: one duplex Connection each "
            "side; Queue and SimpleQueue: one each way. The workers were running before timing "
            f"(start method {method})."
        ),
        start_method=method,
    )


if __name__ == "__main__":
    main()
