from concurrent.futures import ProcessPoolExecutor


class QuotaError(Exception):
    def __init__(self, user, limit):
        super().__init__(f"{user} is over the limit of {limit}")  # args: one string


def upload(user):
    raise QuotaError(user, 100)


if __name__ == "__main__":
    with ProcessPoolExecutor(1) as executor:
        executor.submit(upload, "ada").result()
