async def consume(source):
    total = 0
    async for item in source:
        if item is None:
            break
        if item < 0:
            continue
        total += item
    else:
        total = -1
    return total
