# json_like: a hand-written JSON serializer and recursive-descent parser run
# over generated documents of nested dicts and lists holding strings (with
# escapes and non-ASCII text), ints, floats, booleans and None. Each document
# is dumped, parsed back, compared and dumped again. String scanning by
# index, str building with join, type dispatch, recursion.

DOCUMENTS = 300
ROUNDS = 36

WORDS = ["id", "name", "value", "tags", "items", "meta", "örtlich", "λόγος", "snow\u2603",
         "quote\"d", "back\\slash", "tab\there", "line\nbreak", "ctrl\x01x", "plain"]


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


def generate(rng, depth, kind):
    # kind 0-2: dict, 3-4: list, then scalars; leaves never pick containers.
    if kind < 3:
        obj = {}
        for _ in range(1 + rng.below(6)):
            obj[WORDS[rng.below(len(WORDS))] + str(rng.below(50))] = generate(rng, depth - 1, pick(rng, depth - 1))
        return obj
    if kind < 5:
        return [generate(rng, depth - 1, pick(rng, depth - 1)) for _ in range(rng.below(7))]
    if kind < 7:
        return WORDS[rng.below(len(WORDS))] * (1 + rng.below(3))
    if kind < 9:
        return rng.below(2000001) - 1000000
    if kind < 10:
        return (rng.below(2000001) - 1000000) / (1 + rng.below(999))
    if kind < 11:
        return rng.below(2) == 1
    return None


def pick(rng, depth):
    if depth > 0:
        return rng.below(12)
    return 5 + rng.below(7)


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
           "\b": "\\b", "\f": "\\f"}


def dump_string(s, out):
    out.append('"')
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ch < " ":
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')


def dump_value(v, out):
    t = type(v)
    if t is dict:
        out.append("{")
        first = True
        for k, item in v.items():
            if not first:
                out.append(", ")
            first = False
            dump_string(k, out)
            out.append(": ")
            dump_value(item, out)
        out.append("}")
    elif t is list:
        out.append("[")
        for i in range(len(v)):
            if i:
                out.append(", ")
            dump_value(v[i], out)
        out.append("]")
    elif t is str:
        dump_string(v, out)
    elif v is None:
        out.append("null")
    elif v is True:
        out.append("true")
    elif v is False:
        out.append("false")
    elif t is float:
        out.append(repr(v))
    else:
        out.append(str(v))


def dumps(v):
    out = []
    dump_value(v, out)
    return "".join(out)


UNESCAPE = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "r": "\r", "t": "\t",
            "b": "\b", "f": "\f"}
NUMBER_CHARS = "+-0123456789.eE"


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_space(self):
        text = self.text
        pos = self.pos
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
        self.pos = pos

    def value(self):
        self.skip_space()
        ch = self.text[self.pos]
        if ch == "{":
            return self.object()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "n":
            self.pos += 4
            return None
        if ch == "t":
            self.pos += 4
            return True
        if ch == "f":
            self.pos += 5
            return False
        return self.number()

    def object(self):
        self.pos += 1
        result = {}
        self.skip_space()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_space()
            key = self.string()
            self.skip_space()
            self.pos += 1  # ':'
            result[key] = self.value()
            self.skip_space()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result

    def array(self):
        self.pos += 1
        result = []
        self.skip_space()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_space()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result

    def string(self):
        text = self.text
        pos = self.pos + 1
        parts = []
        start = pos
        while True:
            ch = text[pos]
            if ch == '"':
                parts.append(text[start:pos])
                self.pos = pos + 1
                return "".join(parts)
            if ch == "\\":
                parts.append(text[start:pos])
                code = text[pos + 1]
                if code == "u":
                    parts.append(chr(int(text[pos + 2:pos + 6], 16)))
                    pos += 6
                else:
                    parts.append(UNESCAPE[code])
                    pos += 2
                start = pos
            else:
                pos += 1

    def number(self):
        text = self.text
        start = self.pos
        pos = start
        is_float = False
        while pos < len(text) and text[pos] in NUMBER_CHARS:
            if text[pos] in ".eE":
                is_float = True
            pos += 1
        self.pos = pos
        if is_float:
            return float(text[start:pos])
        return int(text[start:pos])


def loads(text):
    return Parser(text).value()


def main():
    rng = Random(12345)
    documents = [generate(rng, 6, 0) for _ in range(DOCUMENTS)]
    total_length = 0
    mismatches = 0
    digest = 0
    for _ in range(ROUNDS):
        for doc in documents:
            text = dumps(doc)
            back = loads(text)
            if back != doc or dumps(back) != text:
                mismatches += 1
            total_length += len(text)
            for ch in text[::97]:
                digest = (digest * 131 + ord(ch)) % 1000000007
    print("documents=%d rounds=%d characters=%d mismatches=%d digest=%d"
          % (DOCUMENTS, ROUNDS, total_length, mismatches, digest))
    print("sample:", ascii(dumps(documents[1])[:120]))


main()
