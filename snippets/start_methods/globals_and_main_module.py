import multiprocessing

print("top-level code runs as", __name__)

setting = "value at import"


def report():
    name = multiprocessing.current_process().name
    print(f"{name} sees setting = {setting!r}")


if __name__ == "__main__":
    setting = "changed at run time"  # in the parent, after the import
    for _ in range(2):
        p = multiprocessing.Process(target=report)
        p.start()
        p.join()
