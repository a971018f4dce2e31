# IndentationError from exec(): a subclass, so only one caret (end attributes are ignored).
program = "if True:\nprint('x')\n"
exec(program)
