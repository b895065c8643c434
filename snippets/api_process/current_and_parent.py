import os
from multiprocessing import Process, current_process, parent_process


def show(main_pid):
    me, parent = current_process(), parent_process()
    print(f"{me.name}: pid is os.getpid(): {me.pid == os.getpid()}")
    print(f"{me.name}: parent {parent.name}, alive: {parent.is_alive()}")
    if parent.name == "MainProcess":
        print(f"{me.name}: parent pid is the main one: {parent.pid == main_pid}")
        grandchild = Process(target=show, args=(main_pid,), name="grandchild")
        grandchild.start()
        grandchild.join()


if __name__ == "__main__":
    print("main:", current_process().name, "parent:", parent_process())
    p = Process(target=show, args=(os.getpid(),), name="child")
    p.start()
    p.join()
