import multiprocessing


class QuotaError(Exception):
    def __init__(self, user, limit):
        super().__init__(f"{user} is over the limit of {limit}")  # args: one string
        self.user = user
        self.limit = limit


def upload(user):
    raise QuotaError(user, 100)


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        result = pool.apply_async(upload, ("ada",))
        try:
            result.get(timeout=5)  # without a timeout: waits forever
        except multiprocessing.TimeoutError:
            print("get() timed out")
