# Validating and summarizing JSON-like data with nested mapping and sequence patterns.
def validate(doc):
    match doc:
        case {"version": 1, "items": [*items]}:
            return [validate_item(i, it) for i, it in enumerate(items)]
        case {"version": 2, "items": {**by_id}}:
            return [validate_item(k, v) for k, v in by_id.items()]
        case {"version": int(v)}:
            return [f"unsupported version {v}"]
        case {"items": _}:
            return ["missing version"]
        case list() | tuple():
            return ["top level must be an object"]
        case _:
            return [f"not a document: {type(doc).__name__}"]


def validate_item(key, item):
    match item:
        case {"name": str(name), "price": int(p) | float(p)} if p >= 0:
            match item:
                case {"tags": [str(), *_] as tags}:
                    return f"{key}: {name} at {p} tagged {tags}"
                case {"tags": []} | {}:
                    return f"{key}: {name} at {p}"
        case {"name": str(name), "price": p}:
            return f"{key}: {name} has bad price {p!r}"
        case {"name": _}:
            return f"{key}: missing price"
        case {"price": _}:
            return f"{key}: missing name"
        case _:
            return f"{key}: not an object ({item!r})"


docs = [
    {"version": 1, "items": [
        {"name": "pen", "price": 2},
        {"name": "ink", "price": 4.5, "tags": ["blue", "refill"]},
        {"name": "pad", "price": -1},
        {"name": "cap"},
        {"price": 3},
        {"name": "box", "price": 1, "tags": []},
        {"name": "bag", "price": 7, "tags": [1, 2]},
        "oops",
    ]},
    {"version": 2, "items": {"a1": {"name": "lamp", "price": 30}, "b2": {"name": 5, "price": 1}}},
    {"version": 3},
    {"items": []},
    [1, 2],
    "text",
]
for d in docs:
    for line in validate(d):
        print(line)
    print("--")


def depth(node):
    match node:
        case dict() if node:
            return 1 + max(depth(v) for v in node.values())
        case list() | tuple() if node:
            return 1 + max(depth(v) for v in node)
        case dict() | list() | tuple():
            return 1
        case _:
            return 0


print([depth(d) for d in docs])
