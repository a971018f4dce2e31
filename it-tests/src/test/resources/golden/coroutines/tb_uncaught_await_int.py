# Awaiting something that is not awaitable: the TypeError ends the program.
async def compute():
    return 21


async def main():
    value = await compute()
    print("computed", value)
    doubled = await (value * 2)
    print("not reached", doubled)


main().send(None)
