# The traceback names methods by their plain name and shows the failing source lines.

class Inventory:
    def __init__(self):
        self.items = {"apple": 3, "pear": 0}

    def ratio(self, a, b):
        return self.items[a] / self.items[b]

    def report(self):
        for a, b in (("apple", "apple"), ("pear", "apple"), ("apple", "pear")):
            print(f"{a}/{b} = {self.ratio(a, b)}")


class Store:
    def __init__(self):
        self.inventory = Inventory()

    def run(self):
        print("report:")
        self.inventory.report()


Store().run()
