# Walking a nested JSON-like structure with generators: paths, leaves, searches and edits.
doc = {
    "name": "krait",
    "version": [3, 12, 1],
    "authors": [{"name": "ann", "langs": ["java", "python"]}, {"name": "bo", "langs": []}],
    "config": {"debug": False, "paths": {"src": "src/main", "test": None}, "level": 2.5},
    "empty": {},
}


def walk(node, path=()):
    if isinstance(node, dict):
        if not node:
            yield path, {}
        for key, value in node.items():
            yield from walk(value, path + (key,))
    elif isinstance(node, list):
        if not node:
            yield path, []
        for i, value in enumerate(node):
            yield from walk(value, path + (i,))
    else:
        yield path, node


def fmt(path):
    out = "$"
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


for path, value in walk(doc):
    print(f"{fmt(path):28} = {value!r}")


def find(node, pred):
    for path, value in walk(node):
        if pred(value):
            yield fmt(path)


print(list(find(doc, lambda v: isinstance(v, str) and "a" in v)))
print(list(find(doc, lambda v: v is None or v is False)))
print(next(find(doc, lambda v: isinstance(v, float)), "no floats"))


def depth_first_keys(node, depth=0):
    if isinstance(node, dict):
        for k in sorted(node):
            yield depth, k
            yield from depth_first_keys(node[k], depth + 1)
    elif isinstance(node, list):
        for item in node:
            yield from depth_first_keys(item, depth + 1)


for depth, key in depth_first_keys(doc):
    print("  " * depth + key)


def transform(node, fn):
    if isinstance(node, dict):
        return {k: transform(v, fn) for k, v in node.items()}
    if isinstance(node, list):
        return [transform(v, fn) for v in node]
    return fn(node)


upper = transform(doc, lambda v: v.upper() if isinstance(v, str) else v)
print(sum(1 for _ in walk(upper)), [v for _, v in walk(upper) if isinstance(v, str)])
