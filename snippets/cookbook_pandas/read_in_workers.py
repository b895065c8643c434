import os
import tempfile
from multiprocessing import Pool

import numpy as np
import pandas as pd


def make_files(folder, count, rows):
    """Stands for your data: one CSV file per day."""
    rng = np.random.default_rng(0)
    paths = []
    for day in range(count):
        path = os.path.join(folder, f"sales-{day}.csv")
        sales = pd.DataFrame(
            {
                "store": rng.integers(0, 4, rows),
                "price": rng.integers(100, 10_000, rows) / 100,
                "quantity": rng.integers(1, 10, rows),
            }
        )
        sales.to_csv(path, index=False)
        paths.append(path)
    return paths


def revenue_by_store(path):
    """Runs in a worker: reads its own file, sends back four numbers."""
    sales = pd.read_csv(path)
    return (sales["price"] * sales["quantity"]).groupby(sales["store"]).sum()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        paths = make_files(folder, 4, 25_000)
        with Pool(2) as pool:
            per_file = pool.map(revenue_by_store, paths)  # only the names cross
    print(f"sent: {len(paths)} file names; got back: {len(per_file)} small Series")
    total = pd.concat(per_file).groupby(level=0).sum()
    print(total.round(2).to_string())
