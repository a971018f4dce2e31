# An exception raised while a class body runs: the class body's frame is named after the class.
def default_size():
    return int("twelve")


class Config:
    name = "demo"
    size = default_size()
