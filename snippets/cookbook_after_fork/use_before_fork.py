from multiprocessing import Pool

import gpu_like

if __name__ == "__main__":
    print("parent:", gpu_like.square(2))  # initialises the device in the parent
    with Pool(2) as pool:
        print("workers:", pool.map(gpu_like.square, [1, 2, 3]))
