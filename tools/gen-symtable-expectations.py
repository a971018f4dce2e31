#!/usr/bin/env python3.12
"""Writes compiler/src/test/resources/symtable/snippets.expected.txt from snippets.py.txt.

Run with CPython 3.12.1 (pyenv's): symtable.symtable() runs only the future-feature scan and
Python/symtable.c on the parsed AST, so it is the exact oracle for our symbol table phase.
Each "### name" section of the input gets the same header in the output, followed by a
recursive dump of the tables, or by the SyntaxError symtable.c raised. code.expected.txt holds
what compile() put in each code object; snippets.ast.txt holds CPython's AST of each snippet, so
the symbol table is also tested on its own, whatever state the parser is in. The format is mirrored by
org.krait.compiler.symtable.SymbolTableDump; keep the two in step.
"""
import ast
import json
import os
import sys
import symtable

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, '..', 'compiler', 'src', 'test', 'resources', 'symtable')

FLAGS = [(1, 'DEF_GLOBAL'), (2, 'DEF_LOCAL'), (4, 'DEF_PARAM'), (8, 'DEF_NONLOCAL'),
         (16, 'USE'), (32, 'DEF_FREE'), (64, 'DEF_FREE_CLASS'), (128, 'DEF_IMPORT'),
         (256, 'DEF_ANNOT'), (512, 'DEF_COMP_ITER'), (1024, 'DEF_TYPE_PARAM'),
         (2048, 'DEF_COMP_CELL')]
SCOPES = {0: '-', 1: 'LOCAL', 2: 'GLOBAL_EXPLICIT', 3: 'GLOBAL_IMPLICIT', 4: 'FREE', 5: 'CELL'}
PREDICATES = ['referenced', 'imported', 'parameter', 'global', 'declared_global', 'local',
              'annotated', 'free', 'assigned', 'namespace', 'nonlocal']


def sections(text):
    out = {}
    name = None
    body = []
    for line in text.splitlines(keepends=True):
        if line.startswith('### '):
            if name is not None:
                out[name] = ''.join(body)
            name = line[4:].strip()
            if name in out:
                sys.exit('duplicate snippet name ' + name)
            body = []
        elif name is not None:
            body.append(line)
    if name is not None:
        out[name] = ''.join(body)
    return out


def flag_names(flags):
    names = [n for bit, n in FLAGS if flags & bit]
    rest = flags & ~sum(bit for bit, _ in FLAGS)
    assert rest == 0, flags
    return '|'.join(names) or '0'


def dump_table(t, out, ind):
    raw = t._table
    out.append('%s%s %s line=%d optimized=%d nested=%d varnames=%s' % (
        ind, t.get_type(), t.get_name(), t.get_lineno(), t.is_optimized(), t.is_nested(),
        ','.join(raw.varnames)))
    for name in sorted(raw.symbols):
        v = raw.symbols[name]
        sym = t.lookup(name)
        preds = [p for p in PREDICATES if getattr(sym, 'is_' + p)()]
        out.append('%s  %s: %s %s [%s]' % (ind, name, flag_names(v & 0xFFF),
                                          SCOPES[(v >> 12) & 15], ' '.join(preds)))
    for c in t.get_children():
        dump_table(c, out, ind + '  ')


def dump(src):
    ast.parse(src)  # a parse error would not be symtable.c's: such a snippet is a mistake
    try:
        top = symtable.symtable(src, '<snippet>', 'exec')
    except SyntaxError as e:
        return ['SyntaxError: %s @ %s:%s-%s:%s' % (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)]
    out = []
    dump_table(top, out, '')
    return out


CO_FLAGS = [(0x4, 'varargs'), (0x8, 'varkeywords'), (0x20, 'generator'), (0x80, 'coroutine'),
            (0x200, 'async_generator')]


def dump_code(src):
    """What the compiler needs from the table, as compile() shows it: per code object its name,
    first line, kind flags, parameters, co_cellvars and co_freevars (sorted lines)."""
    try:
        top = compile(src, '<snippet>', 'exec', dont_inherit=True)
    except SyntaxError as e:
        return ['compile error: ' + e.msg]
    out = []

    def walk(co):
        nparams = co.co_argcount + co.co_kwonlyargcount + bool(co.co_flags & 4) + bool(co.co_flags & 8)
        flags = [n for bit, n in CO_FLAGS if co.co_flags & bit]
        out.append('%s line=%d flags=%s params=%s cellvars=%s freevars=%s' % (
            co.co_name, co.co_firstlineno, ','.join(flags), ','.join(co.co_varnames[:nparams]),
            ','.join(co.co_cellvars), ','.join(co.co_freevars)))
        for c in co.co_consts:
            if hasattr(c, 'co_code'):
                walk(c)
    walk(top)
    return sorted(out)


def emit_ast(v, out):
    """CPython's AST in the line format CPythonAstReader reads: N Class nfields | E Enum | L n |
    S "json string" | I int | Z (None) | X (a constant value the symbol table ignores)."""
    if v is None:
        out.append('Z')
    elif isinstance(v, bool):
        out.append('X')
    elif isinstance(v, int):
        out.append('I %d' % v)
    elif isinstance(v, str):
        out.append('S ' + json.dumps(v))
    elif isinstance(v, list):
        out.append('L %d' % len(v))
        for x in v:
            emit_ast(x, out)
    elif isinstance(v, ast.AST):
        fields = list(v._fields) + list(v._attributes)
        if not fields:
            out.append('E ' + type(v).__name__)
            return
        out.append('N %s %d' % (type(v).__name__, len(fields)))
        for f in fields:
            x = getattr(v, f, None)
            if isinstance(v, (ast.Constant, ast.MatchSingleton)) and f == 'value' and not isinstance(x, str):
                out.append('X')
            else:
                emit_ast(x, out)
    else:
        out.append('X')


def main():
    if sys.version_info[:3] != (3, 12, 1):
        sys.exit('run with CPython 3.12.1')
    with open(os.path.join(RES, 'snippets.py.txt'), encoding='utf-8') as f:
        snippets = sections(f.read())
    lines = ['# Generated by tools/gen-symtable-expectations.py with CPython 3.12.1; do not edit.\n']
    for name, src in snippets.items():
        lines.append('### ' + name + '\n')
        lines.extend(l + '\n' for l in dump(src))
    with open(os.path.join(RES, 'snippets.expected.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.writelines(lines)
    lines = ['# Generated by tools/gen-symtable-expectations.py with CPython 3.12.1; do not edit.\n']
    for name, src in snippets.items():
        lines.append('### ' + name + '\n')
        lines.extend(l + '\n' for l in dump_code(src))
    with open(os.path.join(RES, 'code.expected.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.writelines(lines)
    lines = []
    for name, src in snippets.items():
        lines.append('### ' + name + '\n')
        out = []
        emit_ast(ast.parse(src), out)
        lines.extend(l + '\n' for l in out)
    with open(os.path.join(RES, 'snippets.ast.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.writelines(lines)
    print('%d snippets' % len(snippets))


main()
