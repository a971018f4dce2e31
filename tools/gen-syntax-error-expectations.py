#!/usr/bin/env python3.12
"""Regenerates the expected SyntaxError outputs from CPython 3.12.1.

Run with CPython 3.12.1 (e.g. `$(pyenv root)/versions/3.12.1/bin/python3.12`):

  tools/gen-syntax-error-expectations.py corpus
      For every it-tests/src/test/resources/syntax-errors/NAME.py, runs `python3.12 NAME.py` inside
      that directory and writes its exact stderr to NAME.stderr. Fails if the exit status is not 1,
      if stdout is not empty, or if ast.parse(source_bytes, "NAME.py") does not raise a SyntaxError
      of the same type, message and location (so every case is a tokenizer/parser error, not a
      symtable/compiler error and not a file-decoding error).

  tools/gen-syntax-error-expectations.py display
      Prints the Java assertions of PySyntaxErrorTest: SyntaxError objects built with given
      attributes, displayed by sys.__excepthook__ with no traceback. sys.__excepthook__ is the C
      function PyErr_Display, i.e. the same Python/pythonrun.c code that prints the error when a
      script fails to compile, so the strings are exactly what `python3.12 file.py` would print.

  tools/gen-syntax-error-expectations.py deep
      Prints the expected values used by DeepNestingTest.
"""
import ast
import io
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "it-tests/src/test/resources/syntax-errors")


def corpus():
    names = sorted(f[:-3] for f in os.listdir(CORPUS) if f.endswith(".py"))
    messages = set()
    for name in names:
        with open(os.path.join(CORPUS, name + ".py"), "rb") as f:
            source = f.read()
        env = dict(os.environ, PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")
        env.pop("PYTHONSTARTUP", None)
        proc = subprocess.run([sys.executable, "-X", "utf8", name + ".py"], cwd=CORPUS,
                              capture_output=True, env=env)
        if proc.returncode != 1 or proc.stdout:
            sys.exit(f"{name}: exit status {proc.returncode}, stdout {proc.stdout!r}")
        try:
            ast.parse(source, name + ".py")
            sys.exit(f"{name}: ast.parse accepts it (not a parser error): {proc.stderr!r}")
        except SyntaxError as e:
            shown = display(e)
        if shown.encode("utf-8") != proc.stderr:
            sys.exit(f"{name}: ast.parse disagrees with running the file:\n{shown}\n---\n"
                     f"{proc.stderr.decode('utf-8', 'replace')}")
        with open(os.path.join(CORPUS, name + ".stderr"), "wb") as f:
            f.write(proc.stderr)
        messages.add(proc.stderr.decode("utf-8").splitlines()[-1])
    print(f"{len(names)} cases, {len(messages)} distinct messages")


def display(exc):
    """The C display of an exception (sys.__excepthook__ writes to sys.stderr)."""
    buf = io.StringIO()
    old = sys.stderr
    sys.stderr = buf
    try:
        sys.__excepthook__(type(exc), exc.with_traceback(None), None)
    finally:
        sys.stderr = old
    return buf.getvalue()


# (type, msg, filename, lineno, offset, end_lineno, end_offset, text); None = unknown.
DISPLAY_CASES = [
    ("SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?",
     "bad.py", 1, 1, 1, 4, "f() = 1\n"),
    ("SyntaxError", "invalid syntax", "bad.py", 2, 7, 2, 8, "    x = = 1\n"),
    ("SyntaxError", "invalid syntax", "bad.py", 2, 3, 2, 4, "    x = = 1\n"),
    ("SyntaxError", "invalid syntax", "bad.py", 2, 5, 2, 6, "    x = = 1\n"),
    ("SyntaxError", "m", "bad.py", 1, 1, 1, 2, "x\n"),
    ("SyntaxError", "m", "bad.py", 1, 0, 1, 2, "x = 1\n"),
    ("SyntaxError", "m", "bad.py", 1, None, None, None, "x = 1\n"),
    ("SyntaxError", "m", "bad.py", 1, -5, 1, -1, "x = 1\n"),
    ("SyntaxError", "m", "bad.py", 1, 40, 1, 45, "x = 1\n"),
    ("SyntaxError", "m", "bad.py", 1, 3, 1, 100, "x = 1\n"),
    ("SyntaxError", "m", "bad.py", 1, 3, 1, 3, "x = 1\n"),
    ("SyntaxError", "m", "bad.py", 1, 4, 1, 2, "x = 1\n"),
    ("SyntaxError", "m", "bad.py", 1, 3, None, None, "x = 1\n"),
    ("SyntaxError", "m", "bad.py", 1, 3, 1, 5, "x = 1"),
    ("SyntaxError", "m", "bad.py", 1, 5, 3, 2, "x = (1,\n"),
    ("SyntaxError", "m", "bad.py", 1, 5, 3, 2, "x = (1,"),
    ("SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", "bad.py",
     1, 5, 3, 4, "x = '''abc\ndef\nghi\n"),
    ("SyntaxError", "m", "bad.py", 1, 7, 1, 9, "ab\ncdef\nxy\n"),
    ("SyntaxError", "m", "bad.py", 1, 2, 1, 3, "ab\ncdef\nxy\n"),
    ("SyntaxError", "m", "bad.py", 1, 3, 1, 4, "ab\ncdef\nxy"),
    ("SyntaxError", "m", "bad.py", 3, 3, 3, 5, "\tx = = 1\n"),
    ("SyntaxError", "m", "bad.py", 3, 4, 3, 6, " \t\f x = = 1\n"),
    ("SyntaxError", "m", "bad.py", 3, 5, 3, 8, "x\ty = 1\n"),
    ("SyntaxError", "m", "bad.py", 1, 6, 1, 8, "s = 'é' + ü\n"),
    ("SyntaxError", "m", "bad.py", 1, 3, 1, 5, "日本語 = = 1\n"),
    ("SyntaxError", "m", "bad.py", 1, 5, 1, 6, "x = 😀\n"),
    ("SyntaxError", "m", "bad.py", 1, 3, 1, 4, "   \n"),
    ("SyntaxError", "m", "bad.py", 1, 1, 1, 2, "\n"),
    ("SyntaxError", "m", "bad.py", 1, 1, 1, 2, ""),
    ("SyntaxError", "m", "bad.py", 1, 2, 1, 3, "x = 1\r\n"),
    ("SyntaxError", "m", "bad.py", 7, 3, 7, 4, None),
    ("SyntaxError", "", "bad.py", 1, 1, 1, 2, "x\n"),
    ("SyntaxError", "m", None, 1, 1, 1, 2, "x\n"),
    ("SyntaxError", "m", "dir/sub/bad.py", 0, 1, 0, 2, "x\n"),
    ("IndentationError", "unexpected indent", "bad.py", 2, 5, 2, 9, "    y = 2\n"),
    ("IndentationError", "expected an indented block after 'if' statement on line 1", "bad.py",
     2, 1, 2, 6, "print(x)\n"),
    ("IndentationError", "unindent does not match any outer indentation level", "bad.py",
     3, 3, 3, 3, "  z = 3\n"),
    ("TabError", "inconsistent use of tabs and spaces in indentation", "bad.py", 3, 9, 3, 12,
     "\tz = 3\n"),
    ("IndentationError", "m", "bad.py", 1, 3, 4, 2, "x = 1\n"),
    ("SyntaxError", "m", "bad.py", 1, 1, 1, 2, "x = 1\x00y\n"),
]

# Errors without a location (lineno=None), e.g. decoding errors: (type, msg, filename).
NO_LOCATION_CASES = [
    ("SyntaxError", "source code string cannot contain null bytes", None),
    ("SyntaxError", "encoding problem: foo", "dir/bad.py"),
    ("SyntaxError", "", None),
]


def java_string(s):
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\f":
            out.append("\\f")
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            units = [ord(ch)] if ord(ch) < 0x10000 else _surrogates(ord(ch))
            out.append("".join(f"\\u{u:04x}" for u in units))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _surrogates(cp):
    cp -= 0x10000
    return [0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF)]


def java_value(v):
    if v is None:
        return "null"
    return java_string(v) if isinstance(v, str) else str(v)


def display_tests():
    builtin = {"SyntaxError": SyntaxError, "IndentationError": IndentationError, "TabError": TabError}
    for typ, msg, fn, ln, off, eln, eoff, text in DISPLAY_CASES:
        exc = builtin[typ](msg, (fn, ln, off, text, eln, eoff))
        args = [typ, msg, fn, ln, -1 if off is None else off, ln if eln is None else eln,
                -1 if eoff is None else eoff, text]
        print(f"        check({java_string(display(exc))},\n"
              f"                new PySyntaxError({', '.join(java_value(a) for a in args)}));")
    for typ, msg, fn in NO_LOCATION_CASES:
        exc = builtin[typ](msg, (fn, None, None, None)) if fn else builtin[typ](msg)
        print(f"        check({java_string(display(exc))},\n"
              f"                PySyntaxError.withoutLocation({java_value(typ)}, {java_value(msg)}, "
              f"{java_value(fn)}));")


def deep():
    for label, src in deep_cases():
        try:
            tree = ast.parse(src, "deep.py")
            print(label, "OK", sum(1 for _ in ast.walk(tree)))
        except SyntaxError as e:
            print(label, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.msg))
        except RecursionError as e:
            # CPython's ast2obj refuses such deep trees ("during ast construction"); the shape
            # DeepNestingTest expects is the one ast.parse gives for 1,000 terms, scaled.
            print(label, "RecursionError", e)


def deep_cases():
    yield "parens1000", "(" * 1000 + "1" + ")" * 1000 + "\n"
    yield "parens200", "x = " + "(" * 200 + "1" + ")" * 200 + "\n"
    yield "parens100", "x = " + "(" * 100 + "1" + ")" * 100 + "\n"
    yield "lists100", "x = " + "[" * 100 + "]" * 100 + "\n"
    yield "ifs200", "".join(" " * i + "if x:\n" for i in range(200)) + " " * 200 + "pass\n"
    yield "ifs99", "".join(" " * i + "if x:\n" for i in range(99)) + " " * 99 + "pass\n"
    yield "sum1000", "x = " + " + ".join(["1"] * 1000) + "\n"
    yield "sum100000", "x = " + " + ".join(["1"] * 100000) + "\n"
    yield "unary100", "x = " + "-" * 100 + "1\n"
    yield "calls100", "x = " + "f(" * 100 + ")" * 100 + "\n"


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "corpus"
    {"corpus": corpus, "display": display_tests, "deep": deep}[mode]()
