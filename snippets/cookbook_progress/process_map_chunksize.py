from tqdm.contrib.concurrent import process_map


def square(n):
    return n * n


if __name__ == "__main__":
    items = range(1000)
    squares = process_map(square, items, max_workers=2, desc="chunksize=1")
    squares = process_map(
        square, items, max_workers=2, chunksize=100, desc="chunksize=100"
    )
    print(f"{len(squares)} results")
