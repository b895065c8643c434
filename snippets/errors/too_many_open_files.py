import resource
from multiprocessing import Pipe

if __name__ == "__main__":
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, hard))  # a low limit, reached quickly
    pipes = []
    try:
        while True:
            pipes.append(Pipe())  # two file descriptors each, never closed
    except OSError as e:
        print(f"{type(e).__name__}: {e}")

    for reader, writer in pipes:  # the fix: close what you no longer use
        reader.close()
        writer.close()
    reader, writer = Pipe()
    writer.send("a pipe again")
    print(reader.recv())
