import time
from multiprocessing import Process


def child():
    time.sleep(0.2)
    print("child: done", flush=True)


if __name__ == "__main__":
    p = Process(target=child)
    p.start()
    print("parent: started the child", flush=True)
    p.join()
    print("parent: joined the child", flush=True)
