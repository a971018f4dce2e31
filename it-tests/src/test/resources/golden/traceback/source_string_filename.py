# Code compiled from a string under "<string>" (or any "<...>" name) shows no source line.
code = compile("def f():\n    return 1 / 0\n", "<generated>", "exec")
ns = {}
exec(code, ns)
ns["f"]()
