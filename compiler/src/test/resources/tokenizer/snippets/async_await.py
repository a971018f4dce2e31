async def f():
    await g()
    async for x in y: pass
