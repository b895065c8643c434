from multiprocessing import Process, current_process


class Greeter(Process):
    def __init__(self, who):
        super().__init__(name=f"greeter-{who}")  # Process.__init__ first
        self.who = who

    def run(self):  # start() calls it in the new process
        print(f"run() in {current_process().name}: hello, {self.who}")


if __name__ == "__main__":
    g = Greeter("Ada")
    g.run()  # a plain method call: it runs here, in the parent
    g.start()  # a new process, which calls run()
    g.join()
    # Without a subclass, the default run() calls target(*args, **kwargs).
    p = Process(target=print, args=("the default run() called print",))
    p.start()
    p.join()
