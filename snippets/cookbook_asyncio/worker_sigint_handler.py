import asyncio
import os
import signal
from concurrent.futures import ProcessPoolExecutor


def handler_name():
    handler = signal.getsignal(signal.SIGINT)
    return getattr(handler, "func", handler).__qualname__  # 3.11+: a partial


def task_hit_by_ctrl_c():
    try:
        os.kill(os.getpid(), signal.SIGINT)  # what Ctrl-C sends each process
        for _ in range(1_000):  # Python runs the handler between two bytecodes
            pass
        return "goes on"
    except KeyboardInterrupt:
        return "KeyboardInterrupt"


async def main():
    loop = asyncio.get_running_loop()
    print("SIGINT handler in the parent:", handler_name())
    with ProcessPoolExecutor(max_workers=1) as pool:
        in_worker = await loop.run_in_executor(pool, handler_name)
        print("SIGINT handler in a worker:", in_worker)
        outcome = await loop.run_in_executor(pool, task_hit_by_ctrl_c)
        print("A worker's task, on Ctrl-C:", outcome)


if __name__ == "__main__":
    asyncio.run(main())
