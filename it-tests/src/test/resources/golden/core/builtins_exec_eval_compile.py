# exec, eval and compile: namespaces, modes, return values and errors.

print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'abc'.upper()"), eval("  42  "))
ns = {}
print(exec("a = 5\nb = a * 2", ns), ns["a"], ns["b"], "__builtins__" in ns)
local = {}
exec("c = 1\nd = c + 1", {}, local)
print(sorted(local.items()))
print(eval("x + y", {"x": 1}, {"y": 10}), eval("len(s)", {"s": "four"}))
code = compile("n * 2", "<calc>", "eval")
print(type(code).__name__, code.co_filename, [eval(code, {"n": n}) for n in range(4)])
block = compile("total = 0\nfor i in range(5):\n    total += i\n", "<block>", "exec")
env = {}
exec(block, env)
print(env["total"])
single = compile("1 + 1", "<single>", "single")
exec(single)
exec(compile("None", "<single>", "single"))
exec(compile("'shown with repr'", "<single>", "single"))
source = """
def greet(name):
    return f"hi {name}"
result = greet("exec")
"""
g = {}
exec(source, g)
print(g["result"], g["greet"]("again"), g["greet"].__code__.co_filename)
for label, fn in (("eval('1 +')", lambda: eval("1 +")), ("eval('x = 1')", lambda: eval("x = 1")),
                  ("compile('x', 'f', 'bad')", lambda: compile("x", "f", "bad")), ("eval('undefined')", lambda: eval("undefined")),
                  ("exec(5)", lambda: exec(5)), ("eval('1/0')", lambda: eval("1/0")),
                  ("compile('a b', '<src>', 'exec')", lambda: compile("a b", "<src>", "exec"))):
    try:
        print(label, "->", fn())
    except (SyntaxError, ValueError, NameError, TypeError, ZeroDivisionError) as e:
        print(label, "->", type(e).__name__ + ":", e)
try:
    exec("def f(:\n    pass", {})
except SyntaxError as e:
    print("SyntaxError details:", e.msg, e.lineno, e.offset, repr(e.text), e.filename)
print(eval("__name__"), eval("__name__", {}), eval("__builtins__ is not None", {}))
counter = {"n": 0}
exec("counter['n'] += 1", {"counter": counter})
print(counter)
print(eval(compile("[1, 2][-1]", "<x>", "eval")), eval(b"3 * 3"), exec("pass") is None)
