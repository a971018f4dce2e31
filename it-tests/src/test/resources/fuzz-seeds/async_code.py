import asyncio


async def fetch(n):
    await asyncio.sleep(0.01)
    return n * 2


async def main():
    results = [await fetch(i) for i in range(3)]
    async with asyncio.timeout(1):
        async for item in stream():
            print(item)
    gathered = await asyncio.gather(*(fetch(i) for i in range(5)))
    return results, gathered


async def stream():
    for i in range(3):
        yield i


asyncio.run(main())
