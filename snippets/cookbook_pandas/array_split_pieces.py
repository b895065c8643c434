import warnings
from multiprocessing import Pool

import numpy as np
import pandas as pd


def add_revenue(piece):
    piece = piece.copy()
    piece["revenue"] = piece["price"] * piece["quantity"]
    return piece


if __name__ == "__main__":
    sales = pd.DataFrame({"price": [2.5, 4.0, 1.25, 8.0], "quantity": [4, 1, 8, 2]})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")  # each warning once
        pieces = np.array_split(sales, 2)
    for warning in caught:  # printed here: a warning names a file of numpy's
        print(f"{warning.category.__name__}: {warning.message}")
    print("pieces:", [type(piece).__name__ for piece in pieces])
    with Pool(2) as pool:
        results = pool.map(add_revenue, pieces)
    print(pd.concat(results).to_string())
