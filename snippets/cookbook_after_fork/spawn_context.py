from multiprocessing import get_context

import gpu_like

if __name__ == "__main__":
    print("parent:", gpu_like.square(2))
    ctx = get_context("spawn")  # workers start as new interpreters: nothing inherited
    with ctx.Pool(2) as pool:
        print("workers:", pool.map(gpu_like.square, [1, 2, 3]))
