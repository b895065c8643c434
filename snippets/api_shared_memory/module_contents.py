from multiprocessing import managers, shared_memory

if __name__ == "__main__":
    print("shared_memory exports:", shared_memory.__all__)
    print("the manager is in managers:", hasattr(managers, "SharedMemoryManager"))
    print("manager's base:", managers.SharedMemoryManager.__bases__[0].__name__)
