from multiprocessing import Process

from printer import print_number  # from printer.py, a file next to this one

if __name__ == "__main__":
    processes = [Process(target=print_number, args=(n,)) for n in range(1, 5)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
