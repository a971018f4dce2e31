# An exception in a finally block gets the pending one as its context.
def work():
    try:
        return [1, 2][5]
    finally:
        print("cleaning up")
        None.close()


work()
