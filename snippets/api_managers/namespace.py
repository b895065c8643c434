from multiprocessing import Manager, Process
from multiprocessing.managers import Namespace


def worker(ns):
    ns.done = True  # an attribute set on the proxy: sent to the manager
    ns.items.append(4)  # appends to a copy of the list: lost


if __name__ == "__main__":
    print(Namespace(b=2, a=1, _hidden=0))  # the class itself: a plain object
    with Manager() as manager:
        ns = manager.Namespace(items=[1, 2, 3])
        ns.done = False
        ns._note = "stays in this process"  # a leading _: the proxy's own
        p = Process(target=worker, args=(ns,))
        p.start()
        p.join()
        print(ns)  # str() of a proxy: the repr of the object over there
        print(ns.done, ns.items, ns._note)
        ns.items = ns.items + [4]  # assign the attribute to change it
        print(ns.items)
