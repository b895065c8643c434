from functools import partial
from multiprocessing import Pool, Process


def greet(name):
    print(f"hello from the child, {name}")


def power(n, exponent):
    return n**exponent


if __name__ == "__main__":
    p = Process(target=greet, args=("Ada",))
    p.start()
    p.join()

    with Pool(processes=2) as pool:
        # partial() fixes an argument, as a lambda would, and it pickles
        print(pool.map(partial(power, exponent=2), range(4)))
        print(pool.map(partial(power, exponent=3), range(4)))
