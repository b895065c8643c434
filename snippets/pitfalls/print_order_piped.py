import time
from multiprocessing import Process


def child():
    time.sleep(0.2)
    print("child: done")


if __name__ == "__main__":
    p = Process(target=child)
    p.start()
    print("parent: started the child")
    p.join()
    print("parent: joined the child")
