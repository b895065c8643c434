from multiprocessing import Pool

import gpu_like

if __name__ == "__main__":
    # the parent does not touch the device before the workers exist
    with Pool(2, initializer=gpu_like.init) as pool:  # each worker opens its own
        print("workers:", pool.map(gpu_like.square, [1, 2, 3]))
    print("parent:", gpu_like.square(2))  # after the fork: fine in the parent
