import multiprocessing

if __name__ == "__main__":
    print("available:", multiprocessing.get_all_start_methods())
    print("in use:", multiprocessing.get_start_method())
    # Reading the method fixes it, as starting a process would; after that
    # set_start_method() refuses to change it.
    try:
        multiprocessing.set_start_method("spawn")
    except RuntimeError as exc:
        print("set_start_method('spawn') raised RuntimeError:", exc)
