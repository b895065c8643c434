import asyncio
import functools
from concurrent.futures import ProcessPoolExecutor


def sum_of_squares(n, *, start=0):
    return sum(i * i for i in range(start, n))


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        # Each call returns an asyncio future at once; a worker process does the work.
        jobs = [loop.run_in_executor(pool, sum_of_squares, n) for n in (3_000_000, 10)]
        # run_in_executor passes positional arguments only: keywords need a partial.
        with_keyword = functools.partial(sum_of_squares, 10, start=5)
        jobs.append(loop.run_in_executor(pool, with_keyword))
        results = await asyncio.gather(*jobs)  # in the order of `jobs`
    print(results)


if __name__ == "__main__":
    asyncio.run(main())
