#!/usr/bin/env python3.12
"""Writes compiler/src/test/resources/ir/opcodes.txt: CPython 3.12.1's facts about every opcode
the compiler may emit (no specialized or instrumented ones), for OpcodeTableTest.

One line per opcode: NAME CODE hasarg=0|1 jrel=0|1 cache=N, then one line per oparg tried,
"  OPARG: MAX JUMP NOJUMP" with dis.stack_effect(op, oparg) for jump=None, True and False.
Ops without an argument are tried once with no oparg (shown as "-").
"""
import dis
import opcode
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'compiler', 'src', 'test', 'resources', 'ir', 'opcodes.txt')
OPARGS = list(range(0, 20)) + [31, 32, 255, 256, 257, 258, 511, 512, 513, 771, 1000]


def main():
    specialized = set(opcode._specialized_instructions)
    lines = []
    for name, op in sorted(opcode.opmap.items(), key=lambda kv: kv[1]):
        if name.startswith('INSTRUMENTED_') or name in specialized:
            continue
        hasarg = op in opcode.hasarg
        cache = opcode._inline_cache_entries[op] if op < 256 else 0
        lines.append(f'{name} {op} hasarg={int(hasarg)} jrel={int(op in opcode.hasjrel)} cache={cache}')
        for arg in (OPARGS if hasarg else [None]):
            effects = [dis.stack_effect(op, arg, jump=j) for j in (None, True, False)]
            lines.append(f'  {"-" if arg is None else arg}: ' + ' '.join(map(str, effects)))
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
