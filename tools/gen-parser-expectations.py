#!/usr/bin/env python3.12
"""Writes the expected ast.dump of every case in compiler/src/test/resources/parser/snippets.py.txt.

Run with CPython 3.12.1 from the repository root:
    $(pyenv root)/versions/3.12.1/bin/python3.12 tools/gen-parser-expectations.py
"""
import ast
import pathlib
import sys

assert sys.version_info[:3] == (3, 12, 1), sys.version
root = pathlib.Path(__file__).resolve().parent.parent / "compiler/src/test/resources/parser"
text = (root / "snippets.py.txt").read_text(encoding="utf-8")
cases = []
name = None
lines = []
for line in text.splitlines(keepends=True):
    if line.startswith("### "):
        if name:
            cases.append((name, "".join(lines)))
        name = line[4:].strip()
        lines = []
    elif name:
        lines.append(line)
if name:
    cases.append((name, "".join(lines)))
out = []
for name, src in cases:
    out.append("### " + name + "\n")
    out.append(ast.dump(ast.parse(src.encode("utf-8"), "<snippet>"), include_attributes=True) + "\n")
(root / "snippets.expected.txt").write_text("".join(out), encoding="utf-8")
print(len(cases), "cases")
