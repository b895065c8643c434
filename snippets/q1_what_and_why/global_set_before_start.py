from multiprocessing import Process

config = {"verbose": False}


def read_global():
    print("child reads the global: verbose =", config["verbose"])


def read_argument(settings):
    print("child gets an argument: verbose =", settings["verbose"])


if __name__ == "__main__":
    config["verbose"] = True  # changed at run time, in the parent only
    for p in (
        Process(target=read_global),
        Process(target=read_argument, args=(config,)),
    ):
        p.start()
        p.join()
