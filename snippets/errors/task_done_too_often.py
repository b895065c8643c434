from multiprocessing import JoinableQueue

if __name__ == "__main__":
    queue = JoinableQueue()
    queue.put("item")
    print(queue.get())
    queue.task_done()
    try:
        queue.task_done()  # a second time for the same item
    except ValueError as e:
        print(f"{type(e).__name__}: {e}")
    queue.join()  # returns: every item got exactly one task_done()
    print("join() returned")
