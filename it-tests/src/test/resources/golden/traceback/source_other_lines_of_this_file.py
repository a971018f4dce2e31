# Code compiled under this file's name shows this file's lines for its line numbers, whatever
# the code really was: the source is read from the file, not kept with the code.
snippet = "\n\n\n" + "y = undefined_name\n"
exec(compile(snippet, __file__, "exec"), {})
