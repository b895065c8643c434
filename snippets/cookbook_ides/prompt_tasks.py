def square(n):
    return n * n


if __name__ == "__main__":  # run on its own, it only checks itself
    print(square(3))
