from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Process, current_process


def start_a_child():
    child = Process(target=print, args=("printed by the worker's child",))
    child.start()  # allowed: the executor's workers are not daemonic
    child.join()
    daemonic = current_process().daemon
    return f"worker daemonic: {daemonic}, its child's exit code: {child.exitcode}"


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        print(executor.submit(start_a_child).result())
