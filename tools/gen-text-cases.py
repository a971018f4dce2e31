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


# ----- methods str and bytes share ----------------------------------------------------------

def shared_cases(c, rng, s, pool):
    """Cases of the methods str and bytes have in common, for one str or bytes s; pool holds the
    arguments of s's type (strip chars, separators, fill characters, substrings, replacements)."""
    for keep in (False, True):
        c.add('splitlines', [s, keep], lambda: s.splitlines(keep))
    for chars in [None] + rng.sample(pool['chars'], 2):
        for op in ('strip', 'lstrip', 'rstrip'):
            c.add(op, [s, chars], lambda: getattr(s, op)(chars))
    for sep in [None] + rng.sample(pool['seps'], 3):
        for maxsplit in (-1, 0, 1, 2):
            c.add('split', [s, sep, maxsplit], lambda: s.split(sep, maxsplit))
            c.add('rsplit', [s, sep, maxsplit], lambda: s.rsplit(sep, maxsplit))
        if sep is not None:
            c.add('partition', [s, sep], lambda: s.partition(sep))
            c.add('rpartition', [s, sep], lambda: s.rpartition(sep))
    for tab in rng.sample([8, 4, 1, 0, -1], 2):
        c.add('expandtabs', [s, tab], lambda: s.expandtabs(tab))
    for width in rng.sample([-1, 0, 3, 6, 7, 12], 2):
        fill = rng.choice(pool['fills'])
        for op in ('center', 'ljust', 'rjust'):
            c.add(op, [s, width, fill], lambda: getattr(s, op)(width, fill))
        c.add('zfill', [s, width], lambda: s.zfill(width))

    # searching: substrings taken from s itself, plus absent and boundary ones
    ranges = ((None, None), (1, None), (-2, None), (0, -1), (2, 4), (3, 1), (-BIG, BIG))
    subs = set(pool['subs']) | {s, s + pool['subs'][1]}
    for i in range(len(s)):
        subs.add(s[i:i + 1])
        subs.add(s[i:i + 3])
    subs = sorted(subs)
    for sub in rng.sample(subs, min(4, len(subs))):
        for start, end in rng.sample(ranges, 2) + [rng.choice([(len(s), None), (len(s) + 1, None)])]:
            for op in ('find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'):
                c.add(op, [s, sub, start, end], lambda: getattr(s, op)(sub, start, end))
        c.add('removeprefix', [s, sub], lambda: s.removeprefix(sub))
        c.add('removesuffix', [s, sub], lambda: s.removesuffix(sub))
        new = rng.choice(pool['news'])
        for count in (-1, 0, 1, 2):
            c.add('replace', [s, sub, new, count], lambda: s.replace(sub, new, count))
    for tup in pool['tuples'] + [[pool['subs'][1], s[-1:]]]:
        c.add('startswith', [s, tup, None, None], lambda: s.startswith(tuple(tup)))
        c.add('endswith', [s, tup, 1, None], lambda: s.endswith(tuple(tup), 1))


STR_POOL = {
    'chars': [' ', 'a', 'aΣ', '\U0001F600', '\t\n ', '\ud800', ''],
    'seps': [' ', 'a', '\n', 'Σ', '\U0001F600', '\udc00', 'ab', ''],
    'fills': [' ', '*', '\U0001F600'],
    'subs': ['', 'zz', 'a', 'Σ', '\U0001F600', '\ud83d', '\ude00', '\udc00'],
    'news': ['', '-', '\U0001F600!'],
    'tuples': [['a', 'H'], [], ['\U0001F600', 'b']],
}


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
        shared_cases(c, rng, s, STR_POOL)
    for s in strings[:40]:
        slice_cases(c, s)

    for s in strings:
        for t in rng.sample(strings, 8):
            c.add('compare', [s, t], lambda: (s > t) - (s < t))
    # every whitespace and line-break character on its own
    for w in WHITESPACE + '\u200b\u180e\ufeff':
        s = 'a' + w + 'b' + w
        for op in ('split', 'rsplit'):
            c.add(op, [s, None, -1], lambda: getattr(s, op)())
        c.add('strip', [w + s, None], lambda: (w + s).strip())
        c.add('isspace', [w], w.isspace)
    for br in LINEBREAKS + '\x1f\x0e\u0085\u000d\n':
        s = 'a' + br + 'b' + br + '\r\n' + br
        for keep in (False, True):
            c.add('splitlines', [s, keep], lambda: s.splitlines(keep))
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


# ----- bytes --------------------------------------------------------------------------------

BYTES_SPECIAL = [
    b'', b'a', b'abc', b'Hello World', b'hello world', b'HELLO', b'hELLO wORLD', b"they're bill's",
    b'a1b2', b'123', b'-42', b'+7', b'x\ty\tz', b'  pad  ', b'\t\n', b'ab\ncd\r\nef\rgh', b'a_b',
    b' \t\n\r\x0b\x0c', b'\x1c\x1d\x1e\x1f', b'a\x0bb\x0cc\x1cd', b'\r\n\r\n', b'\n\r', b'x\r',
    bytes(range(256)), b'\x00\x7f\x80\xff', b'\xe9t\xe9', b'"', b"'", b'\'"', b'\\', b'Ab Cd',
    b'aBC dEF', b'1A', b'A1a', b'\xc3\xa9', b'--', b'+',
]
BYTE_POOL = list(b'aAzZ09 _-+.,\'"\\\t\n\r\x0b\x0c\x1c\x00\x7f\x80\xe9\xff')


BYTES_POOL = {
    'chars': [b' ', b'a', b'\x80\xff', b'\t\n ', b''],
    'seps': [b' ', b'a', b'\n', b'\xff', b'ab', b''],
    'fills': [b' ', b'*', b'\xff'],
    'subs': [b'', b'zz', b'a', b'\xff'],
    'news': [b'', b'-', b'\xff!'],
    'tuples': [[b'a', b'H'], []],
}


def random_bytes(rng, n, maxlen=8):
    return [bytes(rng.choice(BYTE_POOL) for _ in range(rng.randint(0, maxlen))) for _ in range(n)]


def bytes_cases():
    c = Cases('bytes-cases.jsonl')
    rng = random.Random(1512)
    items = BYTES_SPECIAL + random_bytes(rng, 120)
    unary = ['lower', 'upper', 'swapcase', 'title', 'capitalize', 'isalnum', 'isalpha', 'isascii',
             'isdigit', 'islower', 'isspace', 'istitle', 'isupper']
    for b in items:
        for op in unary:
            c.add(op, [b], getattr(b, op))
        c.add('repr', [b, False], lambda: repr(b))
        c.add('repr', [b, True], lambda: repr(bytearray(b)))
        shared_cases(c, rng, b, BYTES_POOL)
        c.add('hex', [b, None, 1], lambda: b.hex())
        for sep, per in ((':', 1), (':', 2), ('-', -2), (' ', 3), (' ', -3), (':', 0), ('_', 100)):
            c.add('hex', [b, sep, per], lambda: b.hex(sep, per))
        c.add('fromhex', [b.hex(' ')], lambda: bytes.fromhex(b.hex(' ')))
        for table, delete in ((None, b'a'), (bytes.maketrans(b'ab', b'ba'), None),
                              (bytes.maketrans(b'\xff ', b'_-'), b'\x00'), (b'short', None)):
            c.add('translate', [b, table, delete],
                  lambda: b.translate(table) if delete is None else b.translate(table, delete))
    for text in ('', '00', '0 1', '012', ' 01 \t\n\x0b\x0c\r02 ', '01\x1c02', '0g', 'zz \xe9', '\xe9',
                 'AbCdEf', 'ab cd ef', ' ', '1', 'a\U0001F600b', '01 0\t2', '\u3000'):
        c.add('fromhex', [text], lambda: bytes.fromhex(text))
    for sep in ('::', '\xe9', ''):
        c.add('hexSeparator', [sep], lambda: b'\x01\x02'.hex(sep))
    for sep in (b'::', b'\xff', b'', b'-'):
        c.add('hexSeparatorBytes', [sep], lambda: b'\x01\x02'.hex(sep))
    for frm, to in ((b'ab', b'xy'), (b'ab', b'c'), (b'', b''), (b'\xff\x00', b'\x00\xff')):
        c.add('maketrans', [frm, to], lambda: bytes.maketrans(frm, to))
    for sep, parts in ((b'', []), (b',', [b'a']), (b', ', [b'a', b'b', b'']), (b'\xff', [b'', b''])):
        c.add('join', [sep, parts], lambda: sep.join(parts))
    for v in (-1, 0, 97, 255, 256):
        c.add('byteValue', [v], lambda: (ba := bytearray(), ba.append(v), bytes(ba))[2])
    c.write()


# ----- codecs -------------------------------------------------------------------------------

import codecs

HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass',
            'xmlcharrefreplace', 'bogus']
DECODERS = {'utf-8': codecs.utf_8_decode, 'ascii': codecs.ascii_decode, 'latin-1': codecs.latin_1_decode,
            'utf-16': codecs.utf_16_decode, 'utf-16-le': codecs.utf_16_le_decode,
            'utf-16-be': codecs.utf_16_be_decode, 'utf-32': codecs.utf_32_decode,
            'utf-32-le': codecs.utf_32_le_decode, 'utf-32-be': codecs.utf_32_be_decode}
ENCODERS = {'utf-8': codecs.utf_8_encode, 'ascii': codecs.ascii_encode, 'latin-1': codecs.latin_1_encode,
            'utf-16': codecs.utf_16_encode, 'utf-16-le': codecs.utf_16_le_encode,
            'utf-16-be': codecs.utf_16_be_encode, 'utf-32': codecs.utf_32_encode,
            'utf-32-le': codecs.utf_32_le_encode, 'utf-32-be': codecs.utf_32_be_encode}


def decode_call(codec, data, errors, final):
    if codec in ('ascii', 'latin-1'):
        text, used = DECODERS[codec](data, errors)
    else:
        text, used = DECODERS[codec](data, errors, final)
    return [text, used]


def utf8_inputs(rng):
    leads = [0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4,
             0xF5, 0xF8, 0xFF]
    follows = [0x61, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE2]
    out = [b'', b'abc', 'h\xe9llo \u20ac \U0001F600'.encode(), b'\xed\xa0\x80', b'\xed\xb2\x80x',
           b'\xed\xa0\xbd\xed\xb8\x80', b'a\xed\xa0', b'\xf4\x8f\xbf\xbf', b'\xf4\x90\x80\x80',
           b'\xef\xbb\xbfa', b'\x80\x81\x82\x83\x84\x85', b'a\x00b', b'\xc3', b'\xe2\x82', b'\xf0\x9f\x98']
    for lead in leads:
        out.append(bytes([lead]))
        for f1 in follows:
            out.append(bytes([lead, f1]))
            out.append(bytes([0x61, lead, f1, 0x62]))
            for f2 in rng.sample(follows, 3):
                out.append(bytes([lead, f1, f2]))
                out.append(bytes([lead, f1, f2, rng.choice(follows)]))
    for _ in range(150):
        out.append(bytes(rng.choice([0x61, 0x80, 0xBF, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0xED, 0xA0, 0xFF])
                         for _ in range(rng.randint(1, 7))))
    return out


def wide_inputs(rng):
    units = [b'a\x00', b'\x00a', b'\x00\xd8', b'\xd8\x00', b'\x00\xdc', b'\xdc\x00', b'\xff\xfe',
             b'\xfe\xff', b'=\xd8', b'\x00\x00', b'\x11\x00', b'\x00\x11', b'\xff\xdb', b'\xff\xdf']
    out = [b'', b'\xff\xfe', b'\xfe\xff', b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff', b'\xff']
    for _ in range(260):
        data = b''.join(rng.choice(units) for _ in range(rng.randint(1, 6)))
        if rng.random() < 0.3:
            data += bytes([rng.choice([0x61, 0xd8, 0x00])])
        out.append(data)
    return out


def codec_cases():
    c = Cases('codec-cases.jsonl')
    rng = random.Random(3121)
    for data in utf8_inputs(rng):
        for errors in rng.sample(HANDLERS, 3) + ['strict']:
            for final in (True, False):
                c.add('decode', ['utf-8', data, errors, final], lambda: decode_call('utf-8', data, errors, final))
    for data in utf8_inputs(rng)[:120]:
        for codec in ('ascii', 'latin-1'):
            errors = rng.choice(HANDLERS)
            c.add('decode', [codec, data, errors, True], lambda: decode_call(codec, data, errors, True))
    for data in wide_inputs(rng):
        for codec in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'):
            for errors in rng.sample(HANDLERS, 2) + ['strict']:
                for final in (True, False):
                    c.add('decode', [codec, data, errors, final], lambda: decode_call(codec, data, errors, final))
    for data in wide_inputs(rng)[:40]:
        for bo in (-1, 0, 1):
            for final in (True, False):
                c.add('utf_16_ex_decode', [data, 'strict', bo, final],
                      lambda: list(codecs.utf_16_ex_decode(data, 'strict', bo, final)))
                c.add('utf_32_ex_decode', [data, 'replace', bo, final],
                      lambda: list(codecs.utf_32_ex_decode(data, 'replace', bo, final)))
    texts = ['', 'abc', 'h\xe9llo', '\u20ac', '\U0001F600', 'a\ud800b', 'a\udc80\udcffb', '\udcff\ud800',
             'x\udc80\xe9\udc81y', 'a\u20ac\udc81', '\ud83d', '\ude00x', '\x00\x7f\x80\xff\u0100',
             '\U0010FFFF\ud800\U00010000', 'ab\udc80cd\ud800\udc7f', '\udc80\udc81\udc82\u20ac\udc83']
    texts += random_strings(rng, 80)
    for s in texts:
        for codec in ENCODERS:
            for errors in rng.sample(HANDLERS, 3) + ['strict']:
                c.add('encode', [codec, s, errors], lambda: ENCODERS[codec](s, errors)[0])
    for name in ('utf-8', 'UTF8', 'utf_8', ' Utf--8 ', 'u8', 'latin1', 'Latin-1', 'ISO-8859-1', 'iso8859_1',
                 'us-ascii', 'ASCII', 'utf-16', 'UTF-32', 'bogus', 'utf-8-sig'):
        if name in ('u8', 'utf-8-sig'):
            continue  # served by the codec registry, not the fast path
        for data, errors in ((b'ab\xc3\xa9', 'strict'), (b'\xff\xfea\x00', 'replace'), (b'a\x80', 'bogus')):
            c.add('fastdecode', [data, name, errors], lambda: data.decode(name, errors))
        for s, errors in (('a\xe9', 'strict'), ('a\u20ac', 'replace')):
            c.add('fastencode', [s, name, errors], lambda: s.encode(name, errors))
    c.write()


def main():
    assert sys.version_info[:3] == (3, 12, 1), sys.version
    os.makedirs(OUT, exist_ok=True)
    str_cases()
    bytes_cases()
    codec_cases()


main()
