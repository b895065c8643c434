import os
import tempfile
from multiprocessing import Pool


def make_file(path, lines):
    """Stands for your huge file: one number per line."""
    with open(path, "w") as f:
        for n in range(lines):
            f.write(f"{n}\n")


def work_on_range(task):
    """Read and process the lines that start in [start, end) of the file."""
    path, start, end = task
    total = count = 0
    with open(path, "rb") as f:
        if start > 0:
            f.seek(start - 1)
            f.readline()  # skip to the first line that starts at or after start
        while f.tell() < end:
            line = f.readline()
            if not line:
                break
            total += int(line) % 7  # stands for real work on one line
            count += 1
    return count, total


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "huge.txt")
        make_file(path, 1_000_000)
        size = os.path.getsize(path)
        pieces = 16
        bounds = [size * i // pieces for i in range(pieces + 1)]
        tasks = [(path, bounds[i], bounds[i + 1]) for i in range(pieces)]
        with Pool(2) as pool:
            results = pool.map(work_on_range, tasks)  # 16 tiny tasks to pickle
        print(f"lines: {sum(c for c, _ in results):,}")
        print(f"sum: {sum(t for _, t in results):,}")
