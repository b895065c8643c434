from multiprocessing import Array, Process


def square(n, results):
    results[n] = n * n  # writes straight into shared memory


if __name__ == "__main__":
    results = Array("q", 3)  # three C long longs, set to 0
    children = [Process(target=square, args=(n, results)) for n in range(3)]
    for p in children:
        p.start()
    for p in children:
        p.join()  # nothing to drain: join() first is fine
    print(results[:])
