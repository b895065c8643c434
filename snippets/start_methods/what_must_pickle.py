import multiprocessing
import pickle
import threading


def describe(obj):
    print(f"  the child got a {type(obj).__module__}.{type(obj).__name__}")


if __name__ == "__main__":
    with open(__file__) as source:
        attempts = [
            ("a lambda as target", lambda: print("  the child ran the lambda"), ()),
            ("an open file as argument", describe, (source,)),
            ("a threading.Lock as argument", describe, (threading.Lock(),)),
        ]
        for what, target, args in attempts:
            print(f"Process with {what}:")
            p = multiprocessing.Process(target=target, args=args)
            try:
                p.start()
            except (pickle.PicklingError, TypeError) as exc:
                print(f"  start() raised {type(exc).__name__}: {exc}")
            else:
                p.join()

    print("Pool task with a threading.Lock as argument:")
    with multiprocessing.Pool(1) as pool:
        try:
            pool.apply(describe, (threading.Lock(),))
        except TypeError as exc:
            print(f"  apply() raised TypeError: {exc}")
