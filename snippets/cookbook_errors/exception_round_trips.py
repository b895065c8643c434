import pickle
from multiprocessing import Pool


class QuotaError(Exception):
    def __init__(self, user, limit):
        super().__init__(user, limit)  # args: what __init__ needs to make it again
        self.user = user
        self.limit = limit

    def __str__(self):
        return f"{self.user} is over the limit of {self.limit}"


def upload(user):
    raise QuotaError(user, 100)


if __name__ == "__main__":
    copy = pickle.loads(pickle.dumps(QuotaError("test", 1)))  # a check for a unit test
    print("round trip:", repr(copy))
    with Pool(1) as pool:
        try:
            pool.apply(upload, ("ada",))
        except QuotaError as exc:
            print("caught:", exc, "| user:", exc.user)
