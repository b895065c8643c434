import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def slow_square(n):
    time.sleep(0.5 if n == 0 else 1.5)  # stands for CPU work; the first task is short
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    try:
        with ProcessPoolExecutor(max_workers=2) as pool:
            jobs = [loop.run_in_executor(pool, slow_square, n) for n in range(8)]
            await jobs[0]
            print("First result in; press Ctrl-C to stop")
            try:
                await asyncio.gather(*jobs)
            except asyncio.CancelledError:  # Ctrl-C, as asyncio.run hands it over
                pressed = time.perf_counter()
                raise
    finally:
        waited = time.perf_counter() - pressed
        print(f"The with block ended {waited:.1f} s after Ctrl-C")


if __name__ == "__main__":
    asyncio.run(main())
