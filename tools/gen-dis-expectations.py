#!/usr/bin/env python3.12
"""Writes compiler/src/test/resources/dis/NAME.dis for every NAME.py there: what CPython 3.12.1's
dis.dis(compile(source, NAME.py, "exec")) prints, with code-object addresses replaced by 0x0
(Krait prints 0x0 so its output is deterministic). Run with pyenv's CPython 3.12.1.
"""
import dis
import glob
import io
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, '..', 'compiler', 'src', 'test', 'resources', 'dis')


def main():
    for path in sorted(glob.glob(os.path.join(RES, '*.py'))):
        name = os.path.basename(path)
        with open(path, 'rb') as f:
            source = f.read()
        out = io.StringIO()
        dis.dis(compile(source, name, 'exec'), file=out)
        text = re.sub(r' at 0x[0-9a-f]+,', ' at 0x0,', out.getvalue())
        with open(path[:-3] + '.dis', 'w', encoding='utf-8') as f:
            f.write(text)


if __name__ == '__main__':
    main()
