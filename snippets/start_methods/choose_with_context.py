import multiprocessing
from concurrent.futures import ProcessPoolExecutor

setting = "value at import"


def show_setting(where):
    print(f"{where}: setting = {setting!r}")


if __name__ == "__main__":
    setting = "changed at run time"
    default = multiprocessing.get_start_method()
    for method in ("fork", "spawn"):
        ctx = multiprocessing.get_context(method)
        p = ctx.Process(target=show_setting, args=(f"{method} Process",))
        p.start()
        p.join()
        with ctx.Pool(1) as pool:
            pool.apply(show_setting, (f"{method} Pool",))
        with ProcessPoolExecutor(1, mp_context=ctx) as executor:
            executor.submit(show_setting, f"{method} ProcessPoolExecutor").result()
    unchanged = multiprocessing.get_start_method() == default
    print("the program-wide default is unchanged:", unchanged)
