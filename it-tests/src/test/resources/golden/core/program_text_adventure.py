# A tiny text adventure: rooms, items, a locked door, and a scripted list of player commands.

ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"]},
}
LOCKED = {("kitchen", "down"): "key"}
DARK = {"cellar"}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.over = False

    def look(self):
        room = ROOMS[self.room]
        if self.room in DARK and "lamp" not in self.inventory:
            return "It is pitch dark. You might be eaten by a grue."
        items = ", ".join(room["items"]) or "nothing"
        exits = ", ".join(sorted(room["exits"]))
        return f"You are in {room['desc']}. You see: {items}. Exits: {exits}."

    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return f"You can't go {direction}."
        need = LOCKED.get((self.room, direction))
        if need and need not in self.inventory:
            return f"The way {direction} is locked."
        self.room = exits[direction]
        self.moves += 1
        return self.look()

    def take(self, item):
        room = ROOMS[self.room]
        if self.room in DARK and "lamp" not in self.inventory:
            return "You fumble around in the dark."
        if item not in room["items"]:
            return f"There is no {item} here."
        room["items"].remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.over = True
            return "You found the treasure! You win."
        return f"Taken: {item}."

    def drop(self, item):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        ROOMS[self.room]["items"].append(item)
        return f"Dropped: {item}."

    def handle(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        if verb in ("n", "s", "e", "w"):
            verb, rest = "go", [{"n": "north", "s": "south", "e": "east", "w": "west"}[verb]]
        handlers = {"look": lambda: self.look(), "go": lambda: self.go(*rest), "take": lambda: self.take(*rest),
                    "drop": lambda: self.drop(*rest), "inventory": lambda: "You carry: " + (", ".join(self.inventory) or "nothing")}
        if verb not in handlers:
            return f"I don't know how to {verb!r}."
        try:
            return handlers[verb]()
        except TypeError:
            return f"{verb} what?"


game = Game()
script = ["look", "take lamp", "e", "go down", "w", "n", "take key", "take book", "inventory", "drop book", "look",
          "s", "dance", "take", "e", "go down", "take treasure", "look"]
for command in script:
    if game.over:
        print("(game over, ignoring", repr(command) + ")")
        continue
    print(">", command)
    print(game.handle(command))
print("moves:", game.moves, "inventory:", game.inventory)
