# and/or return one of their operands and stop evaluating as soon as the result is known.

log = []


def t(name, value):
    log.append(name)
    return value


print(repr(0 and 1), repr(1 and 0), repr(2 and 3), repr([] and "x"), repr("a" and ""), repr(None and 1))
print(repr(0 or 1), repr(1 or 0), repr(0 or ""), repr("" or [] or {} or "last"), repr(None or 0.0))
print(not 0, not "x", not not [], not None, not (1 and 0))

print(t("a", 0) and t("b", 1), log)
log.clear()
print(t("a", 1) or t("b", 1), log)
log.clear()
print(t("a", 1) and t("b", 2) and t("c", 0) and t("d", 3), log)
log.clear()
print(t("a", 0) or t("b", "") or t("c", "found") or t("d", 9), log)
log.clear()
print(t("a", 1) and t("b", 0) or t("c", "fallback"), log)
log.clear()
print(t("a", 0) or t("b", 1) and t("c", 2), log)

name = ""
display = name or "anonymous"
config = None
timeout = config and config.get("timeout")
print(display, timeout)
values = [0, None, "", "x", 5]
print([v or "default" for v in values], [v and v * 2 for v in values])
d = {}
print(d.get("k") or d.setdefault("k", []) or "empty list is falsy", d)
x = 7
print(x > 5 and "big" or "small", x > 50 and "big" or "small", x > 5 and "" or "surprise!")


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        log.append(f"bool({self.v})")
        return bool(self.v)

    def __repr__(self):
        return f"Truthy({self.v})"


log.clear()
result = Truthy(1) and Truthy(0) or Truthy(2)
print(result, log)
log.clear()
if Truthy(0) or Truthy(3):
    print("condition true", log)
