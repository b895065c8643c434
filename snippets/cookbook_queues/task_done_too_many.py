from multiprocessing import JoinableQueue

if __name__ == "__main__":
    tasks = JoinableQueue()
    tasks.put("a task")
    tasks.get(timeout=10)
    tasks.task_done()
    tasks.task_done()  # the mistake: a second task_done() for one get()
