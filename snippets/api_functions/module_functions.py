import multiprocessing

if __name__ == "__main__":
    # The module's functions are bound methods of one object: the default context.
    for name in ["Queue", "Lock", "Pool", "get_start_method", "cpu_count"]:
        function = getattr(multiprocessing, name)
        owner = type(function.__self__).__name__
        print(f"multiprocessing.{name}: a method of {owner}")
    # The classes are classes; Queue() and the like build the real objects.
    print("multiprocessing.Process:", multiprocessing.Process)
    print("multiprocessing.Queue() makes:", type(multiprocessing.Queue()))
