counter = 0


def increment():
    global counter
    counter += 1


def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count
    return inc


class Config:
    debug = False
    items = [debug for _ in range(2)]

    def toggle(self):
        type(self).debug = not self.debug
