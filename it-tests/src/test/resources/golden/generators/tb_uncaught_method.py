# An uncaught error in a class's generator-based __iter__, reached through list().
class Inventory:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for name, count in self.items.items():
            yield name, 100 // count


inv = Inventory({"bolts": 4, "nuts": 10})
print(list(inv))
inv.items["washers"] = 0
print(dict(inv))
