"""The two smaller results of sharing_cost.py, measured from its own process: what one element
read costs each way (sharing_cost_reads.json), and what a forked child copies of data it only
reads, with and without gc.freeze() (sharing_cost_copy_on_write.json)."""

from __future__ import annotations

import gc
import multiprocessing
import time

import numpy as np

import record
from harness import private_mb


def element_reads(ctx, array: np.ndarray, repeat: int, reads: int) -> list[dict]:
    """Rows: microseconds per single-element read, `reads` reads in a row, each way (in this process)."""
    def timed(read):
        runs = []
        for _ in range(repeat):
            start = time.perf_counter()
            for i in range(reads):
                read(i)
            runs.append((time.perf_counter() - start) / reads * 1e6)
        return record.spread("us", runs)

    small = array[:reads]
    rows = [{"read": "numpy", "label": "numpy array (global, or a view of shared memory)",
             **timed(small.__getitem__)}]
    shared = ctx.Array("d", reads)
    rows.append({"read": "array", "label": "`multiprocessing.Array` item (takes its lock)",
                 **timed(shared.__getitem__)})
    with ctx.Manager() as manager:
        proxy = manager.list(small.tolist())
        rows.append({"read": "manager", "label": "`Manager().list()` item (a round trip)",
                     **timed(proxy.__getitem__)})
    return rows


def copy_on_write(repeat: int, list_rows: int, elements: int) -> tuple[list[dict], float, float]:
    """MB a forked child copies of data it only reads, with and without gc.freeze()."""
    fork = multiprocessing.get_context("fork")
    before = private_mb()
    rows_data = [[n, str(n)] for n in range(list_rows)]
    rows_mb = private_mb() - before
    array = np.ones(elements)

    def child(action, out):
        start = private_mb()
        if action == "array":
            array.sum()
        elif action == "read":
            for _number, _text in rows_data:  # unpacking reads each row, as a real task would
                pass
        elif action == "gc":
            gc.collect()
        out.put(private_mb() - start)

    def measure(action):
        values = []
        for _ in range(repeat):
            out = fork.SimpleQueue()
            p = fork.Process(target=child, args=(action, out))
            p.start()
            values.append(out.get())
            p.join()
        return record.spread("mb", values)

    rows = [
        {"child": "array", "label": "sum the numpy array", **measure("array")},
        {"child": "read", "label": "read every row of the list", **measure("read")},
        {"child": "gc", "label": "gc.collect()", **measure("gc")},
    ]
    gc.freeze()
    rows.append({"child": "gc_frozen", "label": "gc.collect() after gc.freeze() in the parent",
                 **measure("gc")})
    rows.append({"child": "read_frozen", "label": "read every row after gc.freeze() in the parent",
                 **measure("read")})
    gc.unfreeze()
    return rows, rows_mb, array.nbytes / 2**20
