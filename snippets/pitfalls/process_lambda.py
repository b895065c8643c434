from multiprocessing import Process

if __name__ == "__main__":
    p = Process(target=lambda: print("the lambda ran in the child"))
    p.start()
    p.join()
    print("exit code:", p.exitcode)
