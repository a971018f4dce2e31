# A SyntaxError from exec() of generated code: the traceback shows the <string> pseudo-file.

def run(code):
    ns = {}
    exec(code, ns)
    return ns.get("result")


print("helper result:", run("result = sum(range(4))"))


snippets = [
    "result = 1 + 2",
    "result = [x * 2 for x in range(3)]",
    "result = {'a': 1}.get('a')",
]
for code in snippets:
    namespace = {}
    exec(code, namespace)
    print(code, "->", namespace["result"])
print(eval("10 // 3"), eval("'x' * 3"))
bad = "result = (1 +\n    2))"
print("compiling a broken snippet")
exec(bad)
