# A JSON-like pretty printer written by hand (no json module): indentation, escaping, sorting, width.

def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
            else:
                out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(value, indent=2, level=0, sort_keys=False, width=60):
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
            raise ValueError(f"cannot encode {value!r}")
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [dumps(v, indent, level + 1, sort_keys, width) for v in value]
        flat = "[" + ", ".join(items) + "]"
        if len(flat) + len(end_pad) <= width and "\n" not in flat:
            return flat
        return "[\n" + ",\n".join([pad + i for i in items]) + "\n" + end_pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = sorted(value) if sort_keys else list(value)
        for k in keys:
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
        items = [f"{escape(k)}: {dumps(value[k], indent, level + 1, sort_keys, width)}" for k in keys]
        return "{\n" + ",\n".join([pad + i for i in items]) + "\n" + end_pad + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")


doc = {
    "name": "Krait",
    "version": [0, 1, 0],
    "tags": ["compiler", "jvm", "python"],
    "nested": {"deep": {"deeper": {"deepest": [1, [2, [3, []]]]}}, "empty": {}},
    "flags": {"verbose": True, "debug": False, "level": None},
    "text": 'quote " backslash \\ newline \n tab \t',
    "unicode": "café ✓ 😀",
    "numbers": [0, -1, 2.5, 1e100, 10 ** 20],
    "long list": list(range(30)),
}
print(dumps(doc))
print(dumps(doc["flags"], indent=4, sort_keys=True))
print(dumps([[], {}, [[]], "", 0]), dumps("plain"), dumps(3.0))
for bad in (float("nan"), {1: "x"}, {"s": {1, 2}}, object):
    try:
        dumps(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
