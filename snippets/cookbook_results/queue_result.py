from multiprocessing import Process, Queue


def square(n, results):
    results.put((n, n * n))  # send the input with it: results come in any order


if __name__ == "__main__":
    results = Queue()
    children = [Process(target=square, args=(n, results)) for n in range(3)]
    for p in children:
        p.start()
    # get() before join(), with a timeout: a child that crashed never puts
    answers = dict(results.get(timeout=10) for _ in children)
    for p in children:
        p.join()
    print(sorted(answers.items()))
