import asyncio

async def fetch(delay, value):
    await asyncio.sleep(delay)
    return value

async def main():
    a = await fetch(1, "a")
    b, c = await asyncio.gather(fetch(2, "b"), fetch(3, "c"))
    return a + b + c
