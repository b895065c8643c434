from tqdm import tqdm
from tqdm.contrib.concurrent import process_map


class CountingBar(tqdm):
    """A bar that counts how often process_map moves it on (and draws nothing)."""

    made = []

    def __init__(self, *args, **kwargs):
        kwargs["disable"] = True  # the drawn bar's last state is a race (see the page)
        super().__init__(*args, **kwargs)
        self.steps = 0
        CountingBar.made.append(self)

    def update(self, n=1):
        self.steps += n
        return super().update(n)


def square(n):
    return n * n


if __name__ == "__main__":
    items = range(1000)
    for chunksize in (1, 100):
        # process_map returns after its executor has shut down: every
        # callback that moves the bar on has run by then
        squares = process_map(
            square, items, max_workers=2, chunksize=chunksize, tqdm_class=CountingBar
        )
        bar = CountingBar.made[-1]
        print(f"chunksize={chunksize}: {len(squares)} results, "
              f"bar moved on {bar.steps} of {bar.total}")
