# A recursive-descent JSON parser written by hand, with precise error positions and a round trip.

class JSONError(ValueError):
    def __init__(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{msg}: line {line} column {col} (char {pos})")


class Parser:
    def __init__(self, text):
        self.text, self.pos = text, 0

    def error(self, msg):
        raise JSONError(msg, self.text, self.pos)

    def ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\n\r":
            self.pos += 1

    def parse(self):
        value = self.value()
        self.ws()
        if self.pos != len(self.text):
            self.error("Extra data")
        return value

    def value(self):
        self.ws()
        if self.pos >= len(self.text):
            self.error("Expecting value")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        token = self.text[start:self.pos]
        if not token:
            self.error("Expecting value")
        try:
            return float(token) if any([c in token for c in ".eE"]) else int(token)
        except ValueError:
            self.pos = start
            self.error("Invalid number")

    def string(self):
        self.pos += 1
        out = []
        escapes = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
        while True:
            if self.pos >= len(self.text):
                self.error("Unterminated string")
            ch = self.text[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.pos + 1:self.pos + 2]
                if esc == "u":
                    out.append(chr(int(self.text[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                    continue
                if esc not in escapes:
                    self.error("Invalid \\escape")
                out.append(escapes[esc])
                self.pos += 2
                continue
            out.append(ch)
            self.pos += 1

    def arr(self):
        self.pos += 1
        items = []
        self.ws()
        if self.text[self.pos:self.pos + 1] == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.ws()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "]":
                return items
            if ch != ",":
                self.pos -= 1
                self.error("Expecting ',' delimiter")

    def obj(self):
        self.pos += 1
        result = {}
        self.ws()
        if self.text[self.pos:self.pos + 1] == "}":
            self.pos += 1
            return result
        while True:
            self.ws()
            if self.text[self.pos:self.pos + 1] != '"':
                self.error("Expecting property name enclosed in double quotes")
            key = self.string()
            self.ws()
            if self.text[self.pos:self.pos + 1] != ":":
                self.error("Expecting ':' delimiter")
            self.pos += 1
            result[key] = self.value()
            self.ws()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                self.pos -= 1
                self.error("Expecting ',' delimiter")


doc = '{"name": "Krait", "ok": true, "n": [1, -2.5, 3e2, null], "nested": {"k": "a\\"b\\u00e9\\n"}, "empty": [], "e2": {}}'
value = Parser(doc).parse()
print(value)
print(value["nested"]["k"], type(value["n"][2]).__name__, value["n"][3] is None)
for bad in ('{"a": 1,}', "[1, 2", '{"a" 1}', "[1 2]", '"unterminated', "", "tru", '{"a": 1} x', "[01.2.3]",
            '{\n  "a": [\n    1,\n    @\n  ]\n}', '"bad \\q escape"', "{1: 2}"):
    try:
        print(repr(bad), "->", Parser(bad).parse())
    except JSONError as e:
        print(repr(bad), "-> JSONError:", e)
