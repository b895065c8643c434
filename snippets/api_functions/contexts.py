import multiprocessing

if __name__ == "__main__":
    for method in sorted(multiprocessing.get_all_start_methods()):
        ctx = multiprocessing.get_context(method)
        # A context has the module's API, bound to one start method.
        print(f"{method}: {type(ctx).__name__}, its Process is {ctx.Process.__name__}")
    try:
        multiprocessing.get_context("threads")
    except ValueError as exc:
        print("ValueError:", exc)
    # Without an argument: the default context, which that call fixes.
    default = multiprocessing.get_context()
    print("same as get_context(get_start_method()):",
          default is multiprocessing.get_context(multiprocessing.get_start_method()))
