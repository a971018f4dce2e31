#!/usr/bin/env python3.12
"""One line per .py file of CPython 3.12.1's Lib that compiles: the SHA-256 of what LibDisParityTest
compares, i.e. dis.dis(compile(src, rel, "exec")) with code addresses as 0x0 and frozenset items
sorted (CPython's order depends on string hashing), followed by a summary of every code object.
The Java side (org.krait.it.LibDisParityTest) builds the same text; keep the two in step.

Usage (CPython 3.12.1), LIBDIR being the Lib that it-tests unpacks (it-tests/target/cpython-lib/...):
  python3.12 tools/gen-lib-dis-hashes.py LIBDIR > it-tests/src/test/resources/lib-dis/cpython-3.12.1.tsv
"""
import dis
import hashlib
import io
import os
import re
import sys
import warnings

assert sys.version_info[:3] == (3, 12, 1), sys.version
sys.setrecursionlimit(100000)
warnings.simplefilter("ignore")

FROZENSET = re.compile(r"frozenset\(\{(.*?)\}\)")


def normalize(text):
    text = re.sub(r" at 0x[0-9a-f]+,", " at 0x0,", text)
    return FROZENSET.sub(lambda m: "frozenset({" + ", ".join(sorted(m.group(1).split(", "))) + "})", text)


def summary(co, out):
    out.append("|".join(str(x) for x in (
        co.co_name, co.co_qualname, co.co_flags, co.co_stacksize, co.co_argcount, co.co_posonlyargcount,
        co.co_kwonlyargcount, co.co_nlocals, ",".join(co.co_varnames), ",".join(co.co_cellvars),
        ",".join(co.co_freevars), ",".join(co.co_names), co.co_firstlineno, len(co.co_consts))))
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            summary(c, out)


def main():
    lib = sys.argv[1]
    paths = []
    for root, dirs, files in os.walk(lib):
        for f in files:
            if f.endswith(".py"):
                paths.append(os.path.relpath(os.path.join(root, f), lib))
    for rel in sorted(paths):
        with open(os.path.join(lib, rel), "rb") as fh:
            src = fh.read()
        try:
            co = compile(src, rel, "exec")
        except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
            continue
        buf = io.StringIO()
        dis.dis(co, file=buf)
        lines = []
        summary(co, lines)
        text = normalize(buf.getvalue()) + "\n".join(lines) + "\n"
        print(rel + "\t" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())


if __name__ == "__main__":
    main()
