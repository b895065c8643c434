from multiprocessing import Queue

if __name__ == "__main__":
    q = Queue()
    q.put("last item")
    q.close()  # this process puts no more: the feeder thread sends the rest, then ends
    q.join_thread()  # wait until it has: "last item" is now in the pipe
    q.put("one more")
