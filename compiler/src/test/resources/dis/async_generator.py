async def ticker(n):
    for i in range(n):
        yield i
        await sleep(0)

async def echo(source):
    try:
        async for x in source:
            received = yield x
            if received:
                return
    finally:
        await source.aclose()
