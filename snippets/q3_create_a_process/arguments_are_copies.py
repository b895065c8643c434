from multiprocessing import Process, Value


def change(numbers, counter):
    numbers.append(4)  # changes the child's copy of the list
    counter.value += 1  # changes shared memory, which the parent sees


if __name__ == "__main__":
    numbers, counter = [1, 2, 3], Value("i", 0)
    p = Process(target=change, args=(numbers, counter))
    p.start()
    p.join()
    print(f"numbers = {numbers}")  # the parent's list, unchanged
    print(f"counter.value = {counter.value}")  # changed by the child
