#!/usr/bin/env python3.12
"""One line per .py file of CPython 3.12.1's Lib: the SHA-256 of its ast.dump, or the error it raises.

Usage (CPython 3.12.1): python3.12 tools/gen-lib-ast-hashes.py LIBDIR > it-tests/src/test/resources/lib-ast/cpython-3.12.1.tsv
"""
import ast
import hashlib
import os
import sys

assert sys.version_info[:3] == (3, 12, 1), sys.version
sys.setrecursionlimit(100000)
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
        dump = ast.dump(ast.parse(src, rel), include_attributes=True)
        print(rel + "\t" + hashlib.sha256(dump.encode("utf-8", "surrogatepass")).hexdigest())
    except (SyntaxError, ValueError, UnicodeDecodeError) as e:
        print(rel + "\tERROR\t" + type(e).__name__ + "\t" + str(getattr(e, "msg", e)).replace("\t", " ").replace("\n", " ") + "\t" + str(getattr(e, "lineno", "")))
