#!/usr/bin/env python3.12
"""Writes compiler/src/test/resources/codegen/snippets.expected.txt: for each "### name" section of
snippets.py.txt, the instruction sequence CPython 3.12.1's code generator makes for the module
(_testinternalcapi.compiler_codegen: codegen only, before any flowgraph pass), one instruction a
line as "OPNAME arg lineno:col-end_lineno:end_col"; jump targets are symbolic labels "L<index>"
and each targeted instruction is preceded by "L<index>:". Mirrored by CodegenTest.
"""
import ast
import opcode
import os
import _testinternalcapi

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, '..', 'compiler', 'src', 'test', 'resources', 'codegen')
HAS_TARGET = set(opcode.hasjrel) | set(opcode.hasjabs) | set(opcode.hasexc)


def sections(text):
    out = {}
    name = None
    for line in text.splitlines(keepends=True):
        if line.startswith('### '):
            name = line[4:].strip()
            out[name] = ''
        elif name is not None:
            out[name] += line
    return out


def listing(src):
    insts, _ = _testinternalcapi.compiler_codegen(ast.parse(src, 'snippet.py'), 'snippet.py', 0)
    targets = {arg for (op, arg, *_) in insts if op in HAS_TARGET}
    lines = []
    for i, (op, arg, lineno, end_lineno, col, end_col) in enumerate(insts):
        if i in targets:
            lines.append(f'L{i}:')
        name = opcode.opname[op]
        if op in HAS_TARGET:
            a = f' L{arg}'
        elif op in opcode.hasarg:
            a = f' {arg}'
        else:
            a = ''
        lines.append(f'  {name}{a} {lineno}:{col}-{end_lineno}:{end_col}')
    return '\n'.join(lines) + '\n'


def main():
    with open(os.path.join(RES, 'snippets.py.txt'), encoding='utf-8') as f:
        snippets = sections(f.read())
    with open(os.path.join(RES, 'snippets.expected.txt'), 'w', encoding='utf-8') as f:
        for name, src in snippets.items():
            f.write(f'### {name}\n{listing(src)}')


if __name__ == '__main__':
    main()
