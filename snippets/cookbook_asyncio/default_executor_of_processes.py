import asyncio
from concurrent.futures import ProcessPoolExecutor


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        loop.set_default_executor(pool)  # hoping that to_thread() would use processes
        print(await asyncio.to_thread(abs, -42))


if __name__ == "__main__":
    asyncio.run(main())
