# Nested dict structures: deep get, deep merge, flattening, and counting leaves.

inventory = {
    "warehouse": {
        "north": {"apples": 10, "pears": 4},
        "south": {"apples": 3, "plums": {"red": 5, "yellow": 2}},
    },
    "shop": {"apples": 1},
}


def deep_get(d, path, default=None):
    node = d
    for key in path.split("."):
        if not isinstance(node, dict) or key not in node:
            return default
        node = node[key]
    return node


def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out


def flatten(d, prefix=""):
    items = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            items.update(flatten(v, key))
        else:
            items[key] = v
    return items


def total(d):
    return sum([total(v) if isinstance(v, dict) else v for v in d.values()])


print(deep_get(inventory, "warehouse.south.plums.red"), deep_get(inventory, "shop.pears", 0), deep_get(inventory, "shop.apples.x"))
for k, v in flatten(inventory).items():
    print(f"{k:<32}{v:>4}")
print("total items", total(inventory))
update = {"warehouse": {"north": {"pears": 40, "figs": 7}, "east": {"kiwis": 9}}, "shop": {"apples": 2}}
merged = deep_merge(inventory, update)
print(merged)
print(inventory["warehouse"]["north"], "(original unchanged at top, but nested dicts not copied deeply:)",
      merged["warehouse"]["south"] is inventory["warehouse"]["south"])
apples = {place: deep_get(inventory, place + ".apples", 0) for place in ("warehouse.north", "warehouse.south", "shop")}
print(apples, max(apples, key=apples.get))
