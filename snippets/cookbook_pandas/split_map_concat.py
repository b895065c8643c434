from multiprocessing import Pool
from multiprocessing.reduction import ForkingPickler

import numpy as np
import pandas as pd


def make_sales(rows):
    """Fixed data: the same frame, and the same sizes, on every run."""
    rng = np.random.default_rng(0)
    return pd.DataFrame(
        {
            "store": rng.integers(0, 4, rows),
            "price": rng.integers(100, 10_000, rows) / 100,
            "quantity": rng.integers(1, 10, rows),
        }
    )


def add_revenue(piece):
    """Runs in a worker, on its own copy of one piece."""
    piece = piece.copy()
    piece["revenue"] = piece["price"] * piece["quantity"]
    return piece


def pickled_size(obj):
    return len(ForkingPickler.dumps(obj))  # what multiprocessing sends


if __name__ == "__main__":
    sales = make_sales(100_000)
    size = len(sales) // 4
    pieces = [sales.iloc[start : start + size] for start in range(0, len(sales), size)]
    with Pool(2) as pool:
        results = pool.map(add_revenue, pieces)
    combined = pd.concat(results)

    print(f"frame in memory: {sales.memory_usage(deep=True).sum():,} bytes")
    print("pieces sent:    ", [f"{pickled_size(p):,}" for p in pieces])
    print("results back:   ", [f"{pickled_size(r):,}" for r in results])
    vectorised = sales["price"] * sales["quantity"]  # the same, in this process
    print("same as vectorised:", combined["revenue"].equals(vectorised))
    print(f"total revenue: {combined['revenue'].sum():,.2f}")
