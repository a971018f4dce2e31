async def collect(source, other):
    items = [x async for x in source]
    squares = {x: x * x async for x in source if x}
    awaited = [await f for f in other]
    nested = [y for x in other async for y in x]
    lazy = (x async for x in source)
    return items, squares, awaited, nested, lazy
