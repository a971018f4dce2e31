# A chain of three exceptions mixing an explicit cause and an implicit context.

class StorageError(Exception):
    pass


class ServiceError(Exception):
    pass


def read_block(n):
    blocks = {0: b"header", 1: b"data"}
    return blocks[n]


def read_file():
    try:
        return [read_block(i) for i in range(3)]
    except KeyError as e:
        raise StorageError("block missing") from e


def serve():
    try:
        return read_file()
    except StorageError:
        cleanup = None
        return cleanup.flush()


print("serving request")
serve()
