from multiprocessing import Pool

import numpy as np
import pandas as pd


def make_sales(rows):
    """Fixed data: the same frame on every run."""
    rng = np.random.default_rng(0)
    return pd.DataFrame(
        {
            "store": rng.integers(0, 4, rows),
            "price": rng.integers(100, 10_000, rows) / 100,
            "quantity": rng.integers(1, 10, rows),
        }
    )


def summarise(item):
    """Runs in a worker: one store's rows in, one summary row out."""
    store, rows = item
    revenue = (rows["price"] * rows["quantity"]).sum()
    return pd.DataFrame({"store": [store], "rows": [len(rows)], "revenue": [revenue]})


if __name__ == "__main__":
    sales = make_sales(100_000)
    with Pool(2) as pool:
        summaries = pool.map(summarise, list(sales.groupby("store")))
    print(pd.concat(summaries, ignore_index=True).round(2).to_string(index=False))

    # the vectorised way: one groupby, no processes
    revenue = (sales["price"] * sales["quantity"]).groupby(sales["store"]).sum()
    print(revenue.round(2).to_string())
