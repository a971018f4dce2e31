# An exception raised by a guard propagates out of the match statement.
def priority(task):
    match task:
        case {"urgent": True}:
            return 0
        case {"due": due} if due.days < 2:
            return 1
        case _:
            return 2


class Due:
    def __init__(self, days):
        self.days = days


print(priority({"urgent": True}))
print(priority({"due": Due(1)}))
print(priority({"due": Due(5)}))
print(priority({"due": "tomorrow"}))
