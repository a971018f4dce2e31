# A SyntaxError raised by compile() at run time: the caller's frames, then the location display.
source = "total = 1 +\n"
try:
    compile("x = (", "<bad>", "exec")
except SyntaxError as e:
    print("caught:", e.msg, e.lineno)
code = compile(source, "config.py", "exec")
