# A filename that cannot be opened shows no source lines either.
code = compile("a = 1\nb = a + None\n", "/nonexistent/dir/gone.py", "exec")
exec(code, {})
