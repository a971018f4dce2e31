#!/usr/bin/env python3.12
"""Writes compiler/src/test/resources/codegen/warnings.expected.txt: for each "### name" section of
warnings.py.txt, the SyntaxWarnings CPython 3.12.1's compile() issues, one "lineno|message" a line.
"""
import os
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, '..', 'compiler', 'src', 'test', 'resources', 'codegen')


def main():
    with open(os.path.join(RES, 'warnings.py.txt'), encoding='utf-8') as f:
        text = f.read()
    out = []
    for chunk in text.split('### ')[1:]:
        name, _, src = chunk.partition('\n')
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            compile(src, 'case.py', 'exec')
        out.append(f'### {name.strip()}\n')
        for w in caught:
            if issubclass(w.category, SyntaxWarning):
                out.append(f'{w.lineno}|{w.message}\n')
    with open(os.path.join(RES, 'warnings.expected.txt'), 'w', encoding='utf-8') as f:
        f.write(''.join(out))


if __name__ == '__main__':
    main()
