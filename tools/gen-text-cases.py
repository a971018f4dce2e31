#!/usr/bin/env python3.12
"""Writes the expected results of str, bytes and codec operations, as CPython 3.12.1 computes
them, for the runtime's text library tests (runtime/src/test/java/org/krait/runtime/text/).

Output: runtime/src/test/resources/org/krait/runtime/text/{str,bytes,codec}-cases.jsonl, one JSON
array a line: [operation, [arguments...], result], result being ["ok", value] or
["err", exception type name, str(exception)] (UnicodeDecodeError/UnicodeEncodeError results also
carry encoding, start, end and reason). Strings are JSON strings (ensure_ascii: non-BMP code points
as surrogate pairs, lone surrogates as themselves), bytes are hex strings, tuples are arrays.
Arguments are in the form the Java adapter passes them (e.g. slice indices already normalised).

Run with CPython 3.12.1: python3.12 tools/gen-text-cases.py
"""
import json, os, random, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
OUT = os.path.join(ROOT, 'runtime/src/test/resources/org/krait/runtime/text')
BIG = 2**62  # a start/end beyond any length, still a Java long

WHITESPACE = ''.join(chr(c) for c in range(0x110000) if chr(c).isspace())
LINEBREAKS = '\n\x0b\x0c\r\x1c\x1d\x1e\x85\u2028\u2029'


def representable(s):
    """A Java String cannot hold a lone high surrogate directly followed by a lone low one."""
    return not any(0xD800 <= ord(a) <= 0xDBFF and 0xDC00 <= ord(b) <= 0xDFFF for a, b in zip(s, s[1:]))


def enc(v):
    if isinstance(v, (bytes, bytearray)):
        return v.hex()
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    return v


class Cases:
    def __init__(self, name):
        self.name = name
        self.lines = []
        self.seen = set()

    def add(self, op, args, fn):
        """Records op(args) -> fn() (or the exception it raises); args as the Java side gets them."""
        for a in args:
            if isinstance(a, str) and not representable(a):
                return
        try:
            result = ['ok', enc(fn())]
        except (UnicodeDecodeError, UnicodeEncodeError) as e:
            result = ['err', type(e).__name__, str(e), e.encoding, e.start, e.end, e.reason]
        except Exception as e:
            result = ['err', type(e).__name__, str(e)]
        line = json.dumps([op, enc(args), result])
        if line not in self.seen:
            self.seen.add(line)
            self.lines.append(line)

    def write(self):
        with open(os.path.join(OUT, self.name), 'w') as f:
            for line in self.lines:
                f.write(line + '\n')
        print(self.name, len(self.lines))


# ----- str ----------------------------------------------------------------------------------

SPECIAL = [
    '', 'a', 'A', 'abc', 'Hello World', 'hello world', 'HELLO', 'hELLO wORLD', "they're bill's",
    'a1b2', '123', '-42', '+7', 'x\ty\tz', '  pad  ', '\t\n', 'ab\ncd\r\nef\rgh', 'a_b', '_x', '1x',
    'ß', 'straße', 'STRASSE', 'ŉ', 'ǅ', 'Ǆ', 'ǆ', 'ǈungla', 'ǲ', 'ﬁ', 'ﬀlux', 'ΐ', 'ᾳ', 'ᾈ', 'ᾼ',
    'İ', 'ı', 'i\u0307', 'İstanbul', 'ıi', 'Σ', 'ΣΑΣ', 'ὈΔΥΣΣΕΎΣ', 'aΣ', 'aΣb', 'aΣ.', 'aΣ\'', "Σ'a",
    'A\u0301Σ', 'aΣ\u0301', 'aΣ\u0301b', 'ΌΣΟΣ ΣΟΦΟΣ', '\u0345', 'e\u0301', 'E\u0301\u0302', 'ǰ',
    '\U0001F600', 'a\U0001F600b', '\U0001D400\U0001D41A', '\U00010400\U00010428', '𐐀bc', '𞤀𞤢',
    '\ud800', 'a\udc00b', '\udfff\ud800', 'x\ud83d', '١٢٣', '½', '²³', '፩', '一二三', 'Ⅻ', '⑦',
    'ⅻ', 'ǅa', 'aǅ', 'Ǆǅǆ', 'ꭰ', 'Ꭰꭰ', 'ᏸ', '\u1e9e', 'ﬓ', 'ʼn', 'Ⓐⓐ', '🄰', '\u2126', 'k\u212a',
    'hello\u00a0world', '\u3000x\u3000', '\x1c\x1d\x1e\x1f', WHITESPACE, LINEBREAKS,
    'a\u2028b\u2029c\x85d', 'a\x0bb\x0cc\x1cd', '\r\n\r\n', '\n\r', 'x\r', '\x00\x7f\x80\x9f\xa0\xad',
    '\u200b\u200e\ufeff\ufffd\uffff', '\U000e0001\U000f0000\U0010ffff', '"', "'", '\'"', '\\',
    'Ĳ', 'ĳ', 'ꞵ', 'Ȿ', 'ɐ', 'ᲀ', 'ꙋ', '\u0130\u0131', 'ΰ', 'ﬆ', '\U0001e900\U0001e922',
]

POOL = (list('aAzZ09 _-+.,\'"\\\t\n\r') + list('ßŉǅǄǆİıΣσςΐᾳᾈ\u0345\u0301\u0307') +
        ['\U0001F600', '\U0001D400', '\U00010400', '\U00010428', '\ud800', '\udc00', '\udbff'] +
        list('١½²一Ⅻ\u00a0\u2028\u3000\x85\x0b\x1c\x00\x7f\xad\u200b\ufeff') + ['\U000e0001', '\U0010ffff'])


def random_strings(rng, n, maxlen=8):
    out = []
    while len(out) < n:
        s = ''.join(rng.choice(POOL) for _ in range(rng.randint(0, maxlen)))
        if representable(s):
            out.append(s)
    return out


def slice_cases(c, s):
    n = len(s)
    for start in (None, 0, 1, -1, -2, n, n + 3, -n - 3):
        for stop in (None, 0, 2, -1, n, n + 5, -n - 5):
            for step in (None, 1, 2, 3, -1, -2):
                st, sp, sd = slice(start, stop, step).indices(n)
                c.add('slice', [s, st, sp, sd], lambda: s[start:stop:step])
    for i in range(n):
        c.add('getitem', [s, i], lambda: s[i])


def str_cases():
    c = Cases('str-cases.jsonl')
    rng = random.Random(20240312)
    strings = SPECIAL + random_strings(rng, 150)
    unary = ['lower', 'upper', 'casefold', 'swapcase', 'title', 'capitalize', 'isalnum', 'isalpha',
             'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric',
             'isprintable', 'isspace', 'istitle', 'isupper', 'repr', 'ascii', 'len']
    for s in strings:
        for op in unary:
            if op == 'repr':
                c.add(op, [s], lambda: repr(s))
            elif op == 'ascii':
                c.add(op, [s], lambda: ascii(s))
            elif op == 'len':
                c.add(op, [s], lambda: len(s))
            else:
                c.add(op, [s], getattr(s, op))
        for keep in (False, True):
            c.add('splitlines', [s, keep], lambda: s.splitlines(keep))
        for chars in rng.sample([None, ' ', 'a', 'aΣ', '\U0001F600', '\t\n ', '\ud800', ''], 3):
            for op in ('strip', 'lstrip', 'rstrip'):
                c.add(op, [s, chars], lambda: getattr(s, op)(chars))
        for sep in [None] + rng.sample([' ', 'a', '\n', 'Σ', '\U0001F600', '\udc00', 'ab', ''], 3):
            for maxsplit in (-1, 0, 1, 2):
                c.add('split', [s, sep, maxsplit], lambda: s.split(sep, maxsplit))
                c.add('rsplit', [s, sep, maxsplit], lambda: s.rsplit(sep, maxsplit))
            if sep is not None:
                c.add('partition', [s, sep], lambda: s.partition(sep))
                c.add('rpartition', [s, sep], lambda: s.rpartition(sep))
        for tab in rng.sample([8, 4, 1, 0, -1], 2):
            c.add('expandtabs', [s, tab], lambda: s.expandtabs(tab))
        for width in rng.sample([-1, 0, 3, 6, 7, 12], 2):
            fill = rng.choice([' ', '*', '\U0001F600'])
            for op in ('center', 'ljust', 'rjust'):
                c.add(op, [s, width, fill], lambda: getattr(s, op)(width, fill))
            c.add('zfill', [s, width], lambda: s.zfill(width))
    for s in strings[:40]:
        slice_cases(c, s)

    # searching: substrings taken from the string itself, plus absent and boundary ones
    ranges = ((None, None), (1, None), (-2, None), (0, -1), (2, 4), (3, 1), (-BIG, BIG))
    for s in strings:
        subs = {'', 'a', 'Σ', '\U0001F600', '\ud83d', '\ude00', '\udc00', 'zz', s, s + 'x'}
        for i in range(len(s)):
            subs.add(s[i:i + 1])
            subs.add(s[i:i + 3])
        subs = sorted(subs)
        for sub in rng.sample(subs, min(4, len(subs))):
            for start, end in rng.sample(ranges, 2) + [rng.choice([(len(s), None), (len(s) + 1, None)])]:
                args = [s, sub, start, end]
                for op in ('find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'):
                    c.add(op, args, lambda: getattr(s, op)(sub, start, end))
            c.add('removeprefix', [s, sub], lambda: s.removeprefix(sub))
            c.add('removesuffix', [s, sub], lambda: s.removesuffix(sub))
            new = rng.choice(['', '-', '\U0001F600!'])
            for count in (-1, 0, 1, 2):
                c.add('replace', [s, sub, new, count], lambda: s.replace(sub, new, count))
        for tup in (['a', 'H'], [], ['zz', s[-1:]], ['\U0001F600', 'b']):
            c.add('startswith', [s, tup, None, None], lambda: s.startswith(tuple(tup)))
            c.add('endswith', [s, tup, 1, None], lambda: s.endswith(tuple(tup), 1))
        for t in rng.sample(strings, 8):
            c.add('compare', [s, t], lambda: (s > t) - (s < t))
    c.add('compare', ['\U00010000', '\uffff'], lambda: 1)
    c.add('compare', ['\ue000', '\U0001F600'], lambda: -1)

    for sep, items in (('', []), (',', ['a']), (', ', ['a', 'b', '']), ('Σ', ['\U0001F600', 'x']),
                       ('\U0001F600', ['', '', ''])):
        c.add('join', [sep, items], lambda: sep.join(items))

    tables = [[], [[97, 'b']], [[97, None], [98, 'XYZ'], [0x1F600, 'e']], [[97, 0x1F600], [946, 945]],
              [[97, 0x110000]], [[97, -1]], [[0x3A3, '']]]
    for s in strings[:40]:
        for t in tables:
            table = dict(t)
            c.add('translate', [s, t], lambda: s.translate(table))
    for x, y, z in (('abc', 'xyz', None), ('aba', 'xyz', None), ('ab', 'c', None), ('', '', 'ab'),
                    ('a\U0001F600', 'bc', 'a'), ('ab', 'ba', 'bx'), ('\U0001F600', 'x', '\ud800')):
        def mk():
            d = str.maketrans(x, y) if z is None else str.maketrans(x, y, z)
            return [[k, v] for k, v in d.items()]
        c.add('maketrans', [x, y, z], mk)
    for key in ('a', '', 'ab', '\U0001F600', '\U0001F600x'):
        c.add('maketransKey', [key], lambda: list(str.maketrans({key: 1}))[0])
    c.write()


def main():
    assert sys.version_info[:3] == (3, 12, 1), sys.version
    os.makedirs(OUT, exist_ok=True)
    str_cases()


main()
