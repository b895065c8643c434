from multiprocessing import Process, current_process, get_context


def show_name():
    print(current_process().name)


def start_a_child():
    show_name()
    grandchild = Process(target=show_name)  # this process's first child
    grandchild.start()
    grandchild.join()


class Countdown(Process):
    def run(self):
        show_name()


if __name__ == "__main__":
    show_name()
    for p in [
        Process(target=start_a_child),  # the class is named Process
        Countdown(),  # a subclass: its class name
        get_context("spawn").Process(target=show_name),  # a context's class
    ]:
        p.start()
        p.join()
