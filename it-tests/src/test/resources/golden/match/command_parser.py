# A text-adventure command parser: match on split words with sequences, or-patterns and guards.
class Room:
    def __init__(self, name, exits, items):
        self.name = name
        self.exits = exits
        self.items = items


rooms = {
    "hall": Room("hall", {"north": "library", "east": "kitchen"}, ["lamp"]),
    "library": Room("library", {"south": "hall"}, ["book", "scroll"]),
    "kitchen": Room("kitchen", {"west": "hall"}, ["knife", "apple", "bread"]),
}
state = {"room": "hall", "inventory": [], "moves": 0}


def execute(line):
    room = rooms[state["room"]]
    match line.lower().split():
        case []:
            return "say something"
        case ["look"] | ["l"]:
            return f"you are in the {room.name}; items: {', '.join(room.items) or 'none'}; exits: {', '.join(room.exits)}"
        case ["go", direction] | [("north" | "south" | "east" | "west") as direction]:
            if direction not in room.exits:
                return f"you cannot go {direction}"
            state["room"] = room.exits[direction]
            state["moves"] += 1
            return f"you walk {direction} to the {state['room']}"
        case ["take", "all"]:
            taken = room.items[:]
            state["inventory"].extend(taken)
            room.items.clear()
            return f"taken: {taken}"
        case ["take", *names] if names:
            out = []
            for name in names:
                if name in room.items:
                    room.items.remove(name)
                    state["inventory"].append(name)
                    out.append(f"took {name}")
                else:
                    out.append(f"no {name} here")
            return "; ".join(out)
        case ["drop", item] if item in state["inventory"]:
            state["inventory"].remove(item)
            room.items.append(item)
            return f"dropped {item}"
        case ["drop", item]:
            return f"you do not have {item}"
        case ["inventory" | "inv" | "i"]:
            return f"carrying {sorted(state['inventory'])}"
        case ["eat", ("apple" | "bread") as food] if food in state["inventory"]:
            state["inventory"].remove(food)
            return f"you eat the {food}"
        case ["eat", thing]:
            return f"you cannot eat {thing}"
        case ["quit" | "exit", *rest]:
            return f"bye after {state['moves']} moves" + (f" ({' '.join(rest)})" if rest else "")
        case [verb, *_]:
            return f"unknown verb {verb!r}"


script = ["look", "", "take lamp", "go north", "look", "take book scroll pen", "s", "south", "east",
          "take all", "eat apple", "eat knife", "eat bread", "drop book", "drop sword", "i",
          "go up", "dance wildly", "look", "quit now please"]
for line in script:
    print(f"> {line}")
    print("  " + execute(line))
