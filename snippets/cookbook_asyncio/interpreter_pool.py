import asyncio
from concurrent.futures import InterpreterPoolExecutor  # Python 3.14+


def sum_of_squares(n):
    return sum(i * i for i in range(n))


async def main():
    loop = asyncio.get_running_loop()
    with InterpreterPoolExecutor(max_workers=2) as pool:
        # Each worker is an interpreter with its own GIL, in this same process.
        jobs = [loop.run_in_executor(pool, sum_of_squares, n) for n in (10, 20)]
        print(await asyncio.gather(*jobs))  # in the order of `jobs`


if __name__ == "__main__":
    asyncio.run(main())
