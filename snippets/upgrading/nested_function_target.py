import multiprocessing
import pickle


def main():
    greeting = "hello"

    def work(name):  # defined inside main(): only main() can see it
        print(f"{greeting}, {name}: the child ran work()")

    p = multiprocessing.Process(target=work, args=("reader",))
    try:
        p.start()
    except (pickle.PicklingError, AttributeError) as exc:
        print(f"start() raised {type(exc).__name__}: {exc}")
    else:
        p.join()
        print("exit code:", p.exitcode)


if __name__ == "__main__":
    main()
