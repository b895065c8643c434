from multiprocessing import Process


class Countdown(Process):
    def __init__(self, start_at):
        super().__init__()  # always call Process.__init__ first
        self.start_at = start_at

    def run(self):  # what the child runs; start() calls it for you
        for n in range(self.start_at, 0, -1):
            print(n)
        print("liftoff")


if __name__ == "__main__":
    countdown = Countdown(3)
    countdown.start()
    countdown.join()
