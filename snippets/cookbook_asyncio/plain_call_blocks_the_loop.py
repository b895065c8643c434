import asyncio
from concurrent.futures import ProcessPoolExecutor

beats = 0


def sum_of_squares(n):
    return sum(i * i for i in range(n))


async def heartbeat():
    global beats
    while True:
        beats += 1
        await asyncio.sleep(0.01)  # the loop's other work: timers, sockets, tasks


def said(count):
    return "none" if count == 0 else "at least one"


async def main():
    loop = asyncio.get_running_loop()
    ticking = asyncio.create_task(heartbeat())
    with ProcessPoolExecutor(max_workers=1) as pool:
        await loop.run_in_executor(pool, sum_of_squares, 10)  # the worker is up

        before = beats
        sum_of_squares(3_000_000)  # a plain call: the loop waits until it returns
        print("Heartbeats during a plain call:", said(beats - before))

        before = beats
        await loop.run_in_executor(pool, sum_of_squares, 3_000_000)
        print("Heartbeats during run_in_executor:", said(beats - before))
    ticking.cancel()


if __name__ == "__main__":
    asyncio.run(main())
