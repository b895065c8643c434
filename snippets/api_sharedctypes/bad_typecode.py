from multiprocessing import Array, Value

if __name__ == "__main__":
    for make, args in ((Value, ("x", 0)), (Array, ("int", 3))):
        try:
            make(*args)  # neither "x" nor "int" is a typecode
        except TypeError as error:
            print(f"{make.__name__}{args}: TypeError: {error}")
