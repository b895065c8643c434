import os
import tempfile
from multiprocessing import Pool


def make_file(path, lines):
    """Stands for your huge file: one number per line."""
    with open(path, "w") as f:
        for n in range(lines):
            f.write(f"{n}\n")


def work(line):
    return int(line) % 7  # stands for real work on one line


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "huge.txt")
        make_file(path, 1_000_000)
        count = total = 0
        with open(path) as lines, Pool(2) as pool:
            # the file is read as the workers need lines, a chunk at a time
            for result in pool.imap(work, lines, chunksize=10_000):
                count += 1
                total += result  # take each result at once: none pile up
        print(f"lines: {count:,}")
        print(f"sum: {total:,}")
