import multiprocessing
import threading


def report():
    # The action runs once per round, in the last process to arrive.
    print("all 3 arrived: the barrier opens")


def worker(barrier):
    barrier.wait(timeout=10)


if __name__ == "__main__":
    barrier = multiprocessing.Barrier(3, action=report)
    workers = [
        multiprocessing.Process(target=worker, args=(barrier,)) for _ in range(2)
    ]
    for p in workers:
        p.start()
    barrier.wait(timeout=10)  # the parent is the third party
    for p in workers:
        p.join()
    print("n_waiting:", barrier.n_waiting, "broken:", barrier.broken)
    try:
        barrier.wait(timeout=0.1)  # alone: the other two never come
    except threading.BrokenBarrierError:
        print("wait(timeout=0.1) alone raised BrokenBarrierError")
    print("broken:", barrier.broken)
