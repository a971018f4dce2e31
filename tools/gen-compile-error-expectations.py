#!/usr/bin/env python3.12
"""Writes compiler/src/test/resources/codegen/errors.expected.txt: for each "### name" section of
errors.py.txt, the SyntaxError CPython 3.12.1's compile() raises after parsing, as
"type|msg|lineno|offset|end_lineno|end_offset|text". The snippet of "too many expressions in
star-unpacking assignment" is generated (300 names), as section star_unpack_too_many.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, '..', 'compiler', 'src', 'test', 'resources', 'codegen')


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


def star_unpack_too_many():
    return ', '.join(f'a{i}' for i in range(300)) + ', *rest = x\n'


def main():
    with open(os.path.join(RES, 'errors.py.txt'), encoding='utf-8') as f:
        cases = sections(f.read())
    cases['star_unpack_too_many'] = star_unpack_too_many()
    with open(os.path.join(RES, 'errors.expected.txt'), 'w', encoding='utf-8') as f:
        for name, src in cases.items():
            path = os.path.join('/tmp', 'krait_err_case.py')
            with open(path, 'w', encoding='utf-8') as s:
                s.write(src)
            try:
                compile(src.encode(), path, 'exec')
                result = 'no error'
            except SyntaxError as e:
                text = (e.text or '').rstrip('\n')
                result = f'{type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}|{e.end_lineno}|{e.end_offset}|{text}'
            f.write(f'### {name}\n{result}\n')


if __name__ == '__main__':
    main()
