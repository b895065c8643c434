import multiprocessing

from prompt_tasks import square  # a function from a file: a child can import it too

with multiprocessing.Pool(1) as pool:
    print(pool.map(square, [3]))

