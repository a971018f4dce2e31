# A line number past the end of the file shows no source line.
snippet = "\n" * 40 + "raise ValueError('deep')\n"
exec(compile(snippet, __file__, "exec"), {})
