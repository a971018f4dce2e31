#!/usr/bin/env python3.12
"""Expected results of numeric operations and number formatting, computed by CPython 3.12.1, written
to runtime/src/test/resources/numeric/*.tsv for the tests in runtime/src/test/java/org/krait/runtime/numeric/.

Every line is one case: tab-separated inputs, then the outcome, then the result:

  ... <TAB> ok <TAB> result                 the call returned result
  ... <TAB> ValueError <TAB> message        the call raised (str(exc) as message)

Floats are written as their 16 hex digits of IEEE bits (struct '>d'), ints in decimal (past 3000 bits\nin hex: -0x...), text with
escape(): backslash, \\t, \\n, \\r and \\xHH for other control characters. The cases are drawn from a
fixed seed, so rerunning gives the same files.

Run with CPython 3.12.1: python3.12 tools/gen-numeric-cases.py
"""
import decimal
import math
import os
import random
import struct
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'runtime', 'src', 'test', 'resources',
                   'numeric')
assert sys.version_info[:3] == (3, 12, 1), 'run with CPython 3.12.1'
sys.set_int_max_str_digits(4300)
decimal.getcontext().prec = 90
decimal.getcontext().Emax = 10 ** 6
decimal.getcontext().Emin = -10 ** 6


def escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\': out.append('\\\\')
        elif ch == '\t': out.append('\\t')
        elif ch == '\n': out.append('\\n')
        elif ch == '\r': out.append('\\r')
        elif o < 0x20 or o == 0x7f: out.append('\\x%02x' % o)
        else: out.append(ch)
    return ''.join(out)


def fbits(x):
    return struct.pack('>d', x).hex()


def frombits(h):
    return struct.unpack('>d', bytes.fromhex(h))[0]


def outcome(f):
    """(outcome, text) of calling f; a result that is not str is rendered by the caller's f."""
    try:
        return 'ok', f()
    except MemoryError:
        return 'MemoryError', ''
    except Exception as e:  # the exact class and str() are what is compared
        return type(e).__name__, str(e)


def cell(c):
    """Huge ints are written in hex ("-0x..."), past the decimal conversion limit."""
    if isinstance(c, int) and not isinstance(c, bool) and c.bit_length() > 3000:
        return hex(c)
    return str(c)


def write(name, rows, header):
    path = os.path.join(OUT, name)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# ' + header + '\n')
        for row in rows:
            f.write('\t'.join(escape(cell(c)) for c in row) + '\n')
    print('%-22s %6d cases' % (name, len(rows)))


rnd = random.Random(3121)


# ---- doubles to test with -------------------------------------------------------------------

def random_double():
    r = rnd.random()
    if r < 0.30:
        while True:
            x = struct.unpack('>d', rnd.getrandbits(64).to_bytes(8, 'big'))[0]
            if math.isfinite(x):
                return x
    if r < 0.45:
        return rnd.uniform(-1e6, 1e6)
    if r < 0.55:
        return rnd.randint(-10 ** 6, 10 ** 6) / 10 ** rnd.randint(0, 8)
    if r < 0.62:
        return float(rnd.randint(0, 10 ** rnd.randint(1, 25))) * rnd.choice((1, -1))
    if r < 0.70:  # exact binary halves: ties for rounding to a few digits
        return rnd.randint(-10 ** 6, 10 ** 6) / 2 ** rnd.randint(1, 12)
    if r < 0.78:
        return 2.0 ** rnd.randint(-1074, 1023) * rnd.choice((1, -1))
    if r < 0.86:
        x = float('1e%d' % rnd.randint(-323, 308))
        return rnd.choice((x, math.nextafter(x, 0), math.nextafter(x, math.inf)))
    if r < 0.93:  # subnormals
        return struct.unpack('>d', rnd.getrandbits(52).to_bytes(8, 'big'))[0] * rnd.choice((1, -1))
    return rnd.choice(SPECIAL_DOUBLES)


SPECIAL_DOUBLES = [float(x) for x in [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 100.0, 1e16, 1e15,
                   9999999999999998.0, 1e22, 1e23, 1e-4, 1e-5, 0.0001, 0.00001, 123456.789, 5e-324, 2.2250738585072014e-308,
                   2.225073858507201e-308, 1.7976931348623157e308, math.pi, math.e, 0.125, 0.375, 2.675, 1.005,
                   9.995, 0.045, 1234.5, 999999.5, 0.95, 99.5, 1e100, 1.5e300, 123e-300, float('inf'),
                   float('-inf'), float('nan'), 2 ** 53, 2 ** 53 + 2, 2 ** 63, 2 ** 64 * 1.0, 4.35, 0.000123456]]


# ---- float repr -----------------------------------------------------------------------------

def gen_repr():
    rows = []
    for x in SPECIAL_DOUBLES:
        rows.append((fbits(x), 'ok', repr(x)))
    for e in range(-1074, 1024):
        x = 2.0 ** e
        for y in (x, math.nextafter(x, 0), math.nextafter(x, math.inf)):
            if math.isfinite(y):
                rows.append((fbits(y), 'ok', repr(y)))
                rows.append((fbits(-y), 'ok', repr(-y)))
    for e in range(-324, 309):
        x = float('1e%d' % e)
        for y in (x, math.nextafter(x, 0), math.nextafter(x, math.inf)):
            if math.isfinite(y):
                rows.append((fbits(y), 'ok', repr(y)))
    for _ in range(15000):
        x = random_double()
        rows.append((fbits(x), 'ok', repr(x)))
    write('repr.tsv', rows, 'float bits, outcome, repr(x)')


# ---- format specs ---------------------------------------------------------------------------

FILL_ALIGN = ['', '<', '>', '^', '=', '*<', '*>', '*^', '*=', '0<', '0>', '0=', '0^', 'x=', '€^', '𝄞>']
SIGNS = ['', '+', '-', ' ']
WIDTHS = ['', '1', '5', '9', '12', '20']
GROUPS = ['', ',', '_']
PRECISIONS = ['', '.0', '.1', '.2', '.3', '.6', '.10', '.17', '.25']


def random_spec(types, allow_z=True):
    return (rnd.choice(FILL_ALIGN) + rnd.choice(SIGNS) + (rnd.choice(('', '', 'z')) if allow_z else '')
            + rnd.choice(('', '', '#')) + rnd.choice(('', '', '0')) + rnd.choice(WIDTHS) + rnd.choice(GROUPS)
            + rnd.choice(PRECISIONS) + rnd.choice(types))


FLOAT_TYPES = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']
INT_TYPES = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%', 'E', 'F', 'G']
COMPLEX_TYPES = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n']

# Specs aimed at the parser's errors and corner cases, tried on every kind of value.
ODD_SPECS = ['', 'xx', ',,', '_,', ',_', '__', '.', '5.', ',.2', '_.3', '.2,', 'z', '#', '=', '0', '00', '010',
             '=10', '<010', 'x<010', '\x00', '\t', 'é', 'Z', 's', 'd', 'c', 'r', 'a', '%', 'j', 'i', 'u', '?',
             ',c', '_c', ',s', '_s', ',n', '_n', ',b', '_b', '_x', ',x', '_X', '_o', '+c', '#c', ' c', 'zd',
             '+s', ' s', '-s', 'zs', '#s', '=s', '>5s', '.2s', '.0s', '10.3s', '^9', '*^9', '99999999999999999999',
             '.99999999999999999999', '.2147483648f', '.2147483647', '1_000', '٣', '.٣f', '٣٣.٢f', '<\u0663',
             '\u1234', ',\u1234', '10\u1234', 'ab', '.2.2', '+-', '++', ' +', '-z', 'z+', '#z', '0#', ',%', '_%',
             '.3%', '#x', '#o', '#b', '#X', '#08x', '#_x', '#,d', '0=+#15_x', '>+#15_b', '.0e', '.0g', '#.0f',
             '#.0e', '#.0g', '#g', '#', '#.3', '.3', '.0', 'n', '.3n', '10n', '010n', '+.3n', 'z.1f', 'z.0f', 'z',
             'z.3e', 'z.2%', 'z#.0f', 'E', 'F', 'G', 'e', 'f', 'g', '-0', '+0', ' 09', '0=9', '0<9', '0>9', '0^9',
             '^+09', '@<7,', '~^13_', '08,', '08_', '012,.2f', '012_.2e', '015,.3%', '7,', '7_', '1,']


def gen_format_float():
    rows = []
    grid_values = [0.0, -0.0, 1.0, -1.5, 1234567.891, -0.000123456, 1e16, 1e22, 5e-324, 123456789012345.6,
                   float('inf'), float('-inf'), float('nan'), 0.5, 2.5, 9.995, 1e-5, 99.99]
    for x in grid_values:
        for spec in ODD_SPECS:
            rows.append((fbits(x), spec) + outcome(lambda: format(x, spec)))
        for t in FLOAT_TYPES:
            for p in PRECISIONS + ['.30', '.50']:
                for flags in ('', '#', '+', ' ', 'z', '0=12', '*^15,', '_'):
                    spec = flags + p + t
                    rows.append((fbits(x), spec) + outcome(lambda: format(x, spec)))
    for _ in range(12000):
        x = random_double()
        spec = rnd.choice(FLOAT_TYPES + ['.%d' % rnd.randint(0, 20) + rnd.choice(FLOAT_TYPES)] * 3)
        rows.append((fbits(x), spec) + outcome(lambda: format(x, spec)))
    for _ in range(8000):
        x = random_double()
        spec = random_spec(FLOAT_TYPES)
        rows.append((fbits(x), spec) + outcome(lambda: format(x, spec)))
    for p in (0, 1, 5, 17, 40, 100, 340, 400, 1100):
        for x in (5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 1 / 3, -2.675):
            for t in 'efg%':
                spec = '.%d%s' % (p, t)
                rows.append((fbits(x), spec) + outcome(lambda: format(x, spec)))
    write('format_float.tsv', rows, 'float bits, spec, outcome, format(x, spec)')


def random_int():
    r = rnd.random()
    if r < 0.3:
        return rnd.randint(-1000, 1000)
    if r < 0.6:
        return rnd.randint(-2 ** 64, 2 ** 64)
    if r < 0.8:
        return rnd.randint(-10 ** rnd.randint(1, 60), 10 ** rnd.randint(1, 60))
    if r < 0.9:
        return rnd.choice((1, -1)) * 2 ** rnd.randint(0, 130) + rnd.randint(-2, 2)
    return rnd.choice(SPECIAL_INTS)


SPECIAL_INTS = [0, 1, -1, 7, -7, 65, 0x10ffff, 0x110000, -5, 255, 1234, -1234, 123456789, 2 ** 31, 2 ** 63 - 1,
                -2 ** 63, 2 ** 63, 2 ** 64, -2 ** 64, 10 ** 20, 2 ** 53 + 1, 2 ** 1024, 2 ** 1024 - 2 ** 970,
                2 ** 1024 - 2 ** 971, 10 ** 308, 10 ** 309]


def gen_format_int():
    rows = []
    for v in (0, 1, -1, 65, 1234567, -1234567, 0x10ffff, 0x110000, -65, 2 ** 70, -2 ** 70, 255, 10 ** 400):
        for spec in ODD_SPECS:
            rows.append((v, 'int', spec) + outcome(lambda: format(v, spec)))
        for t in INT_TYPES:
            for flags in ('', '#', '+', ' ', '0=12', '*^15', ',', '_', '#_', '0=+#15,', '<8', '09_'):
                spec = flags + t
                rows.append((v, 'int', spec) + outcome(lambda: format(v, spec)))
    for b in (True, False):
        for spec in ('', 'd', 'xx', '#x', '>5', 'f', 's', 'c'):
            rows.append((int(b), 'bool', spec) + outcome(lambda: format(b, spec)))
    for _ in range(9000):
        v = random_int()
        spec = random_spec(INT_TYPES, allow_z=rnd.random() < 0.1)
        if rnd.random() < 0.5:
            spec = spec.replace('.', '') if '.' in spec and rnd.random() < 0.8 else spec
        rows.append((v, 'int', spec) + outcome(lambda: format(v, spec)))
    for v in (10 ** 4299, 10 ** 4300 - 1, 10 ** 4300, -10 ** 4300, 10 ** 5000, 2 ** 20000):
        for spec in ('', 'd', ',', 'n', '>10', 'x', 'b'):
            ok, text = outcome(lambda: format(v, spec))
            rows.append((v, 'int', spec, ok, text if ok != 'ok' else 'len=%d:%s...%s' % (len(text), text[:20], text[-20:])))
    write('format_int.tsv', rows, 'int, type name, spec, outcome, format(v, spec) (for huge results: len=N:head...tail)')


def gen_format_complex():
    rows = []
    values = [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (1.0, 2.0), (-1.5, -2.25), (0.0, 1.0), (1e20, 1e-20),
              (float('inf'), float('nan')), (-0.0, -1.0), (123456.789, -0.000987654), (1e16, 1.0)]
    for re, im in values:
        for spec in ODD_SPECS:
            rows.append((fbits(re), fbits(im), spec) + outcome(lambda: format(complex(re, im), spec)))
        for t in COMPLEX_TYPES:
            for p in ('', '.0', '.2', '.6', '.17'):
                for flags in ('', '#', '+', ' ', 'z', '>30', '*^31', '<25,', '_'):
                    spec = flags + p + t
                    rows.append((fbits(re), fbits(im), spec) + outcome(lambda: format(complex(re, im), spec)))
    for _ in range(4000):
        re, im = random_double(), random_double()
        spec = random_spec(COMPLEX_TYPES)
        rows.append((fbits(re), fbits(im), spec) + outcome(lambda: format(complex(re, im), spec)))
    for _ in range(2000):
        re, im = random_double(), random_double()
        rows.append((fbits(re), fbits(im), '') + outcome(lambda: format(complex(re, im), '')))
    write('format_complex.tsv', rows, 'real bits, imag bits, spec, outcome, format(complex(re, im), spec)')


def gen_format_str():
    rows = []
    strings = ['', 'a', 'abc', 'héllo', '€uro', '𝄞𝄞x', 'tab\there', 'x' * 30]
    for s in strings:
        for spec in ODD_SPECS:
            rows.append((s, spec) + outcome(lambda: format(s, spec)))
        for _ in range(150):
            spec = (rnd.choice(FILL_ALIGN) + rnd.choice(['', '', '+', ' ']) + rnd.choice(('', '', '', 'z', '#'))
                    + rnd.choice(('', '', '0')) + rnd.choice(WIDTHS) + rnd.choice(['', '', '', ',', '_'])
                    + rnd.choice(PRECISIONS) + rnd.choice(('', 's', 's', 'd', 'x')))
            rows.append((s, spec) + outcome(lambda: format(s, spec)))
    write('format_str.tsv', rows, 'string, spec, outcome, format(s, spec)')


# ---- printf-style ---------------------------------------------------------------------------

def gen_percent():
    rows = []
    flag_sets = ['', '-', '+', ' ', '#', '0', '-0', '+0', ' 0', '#0', '-#', '+#0', ' #', '-+ #0', '0-']
    widths = ['', '1', '6', '12', '*']
    precs = ['', '.', '.0', '.1', '.3', '.8', '.20', '.*']
    ints = [0, 1, -1, 42, -42, 255, -255, 123456789, 2 ** 70, -2 ** 70]
    floats = [0.0, -0.0, 1.0, -1.5, 3.14159, 1e10, 1.5e-7, 123456.789, 1e300, float('inf'), float('-inf'),
              float('nan'), 2.5, 0.125]
    star_width = [3, -9, 0]
    star_prec = [2, -3, 0]

    def case(kind, fmt, value, sw, sp):
        args = []
        if '*' in fmt.split('.')[0]:
            args.append(sw)
        if '.*' in fmt:
            args.append(sp)
        args.append(value)
        arg_text = ','.join(str(a) for a in args[:-1])
        shown = fbits(value) if kind == 'float' else value
        rows.append((kind, fmt, arg_text, shown) + outcome(lambda: fmt % tuple(args)))

    for flags in flag_sets:
        for w in widths:
            for p in precs:
                for conv in 'diuoxX':
                    fmt = '%' + flags + w + p + conv
                    for v in rnd.sample(ints, 4):
                        case('int', fmt, v, rnd.choice(star_width), rnd.choice(star_prec))
                for conv in 'eEfFgG':
                    fmt = '%' + flags + w + p + conv
                    for v in rnd.sample(floats, 4):
                        case('float', fmt, v, rnd.choice(star_width), rnd.choice(star_prec))
                for conv in 'c':
                    fmt = '%' + flags + w + p + conv
                    case('char', fmt, rnd.choice((65, 0x20ac, 0x1d11e)), rnd.choice(star_width), rnd.choice(star_prec))
                fmt = '%' + flags + w + p + 's'
                case('text', fmt, rnd.choice(('abc', '', 'héllo wörld', '𝄞x')), rnd.choice(star_width),
                     rnd.choice(star_prec))
    for _ in range(3000):
        x = random_double()
        fmt = '%' + rnd.choice(flag_sets) + rnd.choice(['', '5', '15']) + rnd.choice(['', '.0', '.3', '.12', '.17']) \
            + rnd.choice('eEfFgG')
        case('float', fmt, x, 0, 0)
    for _ in range(2000):
        v = random_int()
        fmt = '%' + rnd.choice(flag_sets) + rnd.choice(['', '5', '30']) + rnd.choice(['', '.0', '.5', '.40']) \
            + rnd.choice('diuoxX')
        case('int', fmt, v, 0, 0)
    for v in (10 ** 4300, 10 ** 4299):
        for fmt in ('%d', '%x', '%5d'):
            ok, text = outcome(lambda: fmt % v)
            rows.append(('int', fmt, '', v, ok, text if ok != 'ok' else 'len=%d:%s...%s' % (len(text), text[:20], text[-20:])))
    # specifier syntax errors and the chars codes
    for fmt in ('%', '%-', '%5', '%.', '%.3', '%(a', '%(a(b)', '%(a)', '%l', '%hd', '%ld', '%Lf', '%y', '%5.2y',
                '%\x01', '%é', '%99999999999999999999d', '%.99999999999d', '%.2147483647d', '%.2147483645d', '%€',
                '%(a)(b)d'):
        rows.append(('parse', fmt, '', '') + parse_outcome(fmt))
    for v in (-1, 0x110000, 2 ** 70):
        rows.append(('char', '%c', '', v) + outcome(lambda: '%c' % v))
    for fmt, prec in (('%.*d', 2 ** 31), ('%.*d', -2 ** 31 - 1), ('%.*f', 2 ** 40)):
        rows.append(('int', fmt, prec, 5) + outcome(lambda: fmt % (prec, 5)))
    write('percent.tsv', rows, 'kind, format, star args, value, outcome, format % (star args + value)')


def parse_outcome(fmt):
    """What a lone specifier does when given a dict (for keys) or one int argument."""
    arg = {'a': 5, 'a(b': 5, 'a)(b': 5} if fmt.startswith('%(') else 5
    return outcome(lambda: fmt % arg)


# ---- int arithmetic -------------------------------------------------------------------------

def gen_int_math():
    rows = []

    def add(op, a, b, c, f):
        ok, result = outcome(f)
        rows.append((op, a, b, c, ok, big(result)))

    small = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 63 - 1, 2 ** 64, 10 ** 30,
             -10 ** 30]
    pairs = [(a, b) for a in small for b in small] + [(random_int(), random_int()) for _ in range(1500)]
    for a, b in pairs:
        add('floordiv', a, b, '', lambda: a // b)
        add('mod', a, b, '', lambda: a % b)
        add('divmod', a, b, '', lambda: '%d %d' % divmod(a, b))
        add('truediv', a, b, '', lambda: fbits(a / b))
    for _ in range(400):  # huge and tiny quotients: correct rounding, subnormals, overflow
        a = rnd.randint(1, 2 ** rnd.randint(1, 1300)) * rnd.choice((1, -1))
        b = rnd.randint(1, 2 ** rnd.randint(1, 1300)) * rnd.choice((1, -1))
        add('truediv', a, b, '', lambda: fbits(a / b))
    for k in range(1060, 1090):  # at the subnormal edge, with ties
        for a in (1, 3, 2 ** 60 + 1, 2 ** 60 + 2 ** 8, 2 ** 60 + 2 ** 7):
            b = 2 ** k
            add('truediv', a, b, '', lambda: fbits(a / b))
    for v in SPECIAL_INTS + [random_int() for _ in range(500)] + [2 ** 1024 - 2 ** 970 - 1, 2 ** 1023 * 3 // 2]:
        add('float', v, '', '', lambda: fbits(float(v)))
        add('bitlength', v, '', '', lambda: v.bit_length())
        add('bitcount', v, '', '', lambda: v.bit_count())
    for a, b in [(a, b) for a in (0, 1, -1, 2, -2, 3, 10, -10, 7) for b in (0, 1, 2, 3, 10, 63, 64, 65, -1, -2, -3)] \
            + [(random_int(), rnd.randint(-5, 200)) for _ in range(600)] + [(2, -1080), (2, -1074), (10, -400), (3, 2000)]:
        if b >= 0:
            add('pow', a, b, '', lambda: a ** b)
        else:
            add('pow', a, b, '', lambda: pow_text(float(a), float(b)) if a != 0 else fbits(a ** b))
    for a, b, m in [(a, b, m) for a in (0, 1, -1, 2, 3, -3, 4, 12) for b in (0, 1, 2, 5, -1, -2) for m in
                    (0, 1, -1, 2, 5, 7, -7, 12, 13)] + [(random_int(), rnd.randint(-50, 10 ** 20), random_int())
                                                        for _ in range(500)]:
        add('powmod', a, b, m, lambda: pow(a, b, m))
    for a in (0, 1, -1, 5, -5, 2 ** 64 + 3, -(2 ** 64) - 3, 123456789):
        for n in (0, 1, 3, 31, 32, 63, 64, 65, 100, 1000, -1, 2 ** 65):
            add('lshift', a, n, '', lambda: a << n)
            add('rshift', a, n, '', lambda: a >> n)
    for v, length in [(0, 0), (0, 1), (1, 0), (1, 1), (255, 1), (256, 1), (-1, 1), (-128, 1), (-129, 1), (127, 1),
                      (128, 1), (2 ** 64, 9), (2 ** 64, 8), (-2 ** 63, 8), (-2 ** 63 - 1, 8), (1, -1), (5, 3),
                      (-5, 3)] + [(random_int(), rnd.randint(0, 20)) for _ in range(150)]:
        for order in ('big', 'little', 'middle'):
            for signed in (False, True):
                add('tobytes', v, length, order + (',signed' if signed else ''),
                    lambda: v.to_bytes(length, order, signed=signed).hex())
    for _ in range(150):
        data = bytes(rnd.getrandbits(8) for _ in range(rnd.randint(0, 12)))
        for order in ('big', 'little'):
            for signed in (False, True):
                add('frombytes', data.hex(), '', order + (',signed' if signed else ''),
                    lambda: int.from_bytes(data, order, signed=signed))
    add('frombytes', '01', '', 'middle', lambda: int.from_bytes(b'\x01', 'middle'))
    write('int_math.tsv', rows, 'op, a, b, c, outcome, result (floats as bits; ints past 256 bits as h:hash:bit_length)')


def big(v):
    """An int result past 256 bits as h:hash(v):v.bit_length(), to keep the files small."""
    if isinstance(v, int) and not isinstance(v, bool) and v.bit_length() > 256:
        return 'h:%d:%d' % (hash(v), v.bit_length())
    return v


def int_text(v):
    """An int past 200 bits as hash=hash(v), to keep the files small."""
    return 'hash=%d' % hash(v) if v.bit_length() > 200 else str(v)


def gen_int_text():
    rows = []
    texts = ['0', '00', '000', '0_0', '1', '-1', '+1', ' 12 ', '\t-12\n', '12a', '0x1f', '0X1F', '0o17', '0b101',
             '0x', '0b', '0_1', '010', '0x_1f', '0x__1f', '1__2', '1_', '_1', '+_1', '- 1', '', '  ', '1\x00', '0b102',
             'z', 'Z', 'zz', '0B1', '1e3', '1.0', '٣', '١٢٣', '\u2003 12 \u3000', '12 \x1c', '\x1c12', '1 2',
             'x' * 300, '9' * 100, '-' + '7' * 50, '0x' + 'f' * 40, '1_000_000', '١_٢', '𝟙𝟚', '0o', '0o8', '08',
             '0_7', '00_0', '0x1F_', 'ffff', '-ffff', '+0x10', '-0b11', '1' * 4300, '1' * 4301, '1_' * 4300 + '1',
             '1' * 4301 + 'x', 'f' * 5000, '٣' * 4301, '  ' + '1' * 4301 + '  ', '0' * 4301, '\xa012\x85']
    for t in texts:
        for base in (0, 2, 8, 10, 16, 36, 7, 1, 37, -1):
            rows.append(('int', t, base) + outcome(lambda: int_text(int(t, base))))
    for _ in range(400):
        base = rnd.choice((2, 3, 8, 10, 16, 36, 0))
        v = random_int()
        if base == 0:
            t = rnd.choice((hex(v), oct(v), bin(v), str(v)))
        else:
            t = ''.join('0123456789abcdefghijklmnopqrstuvwxyz'[d] for d in digits_of(abs(v), base)) or '0'
            t = ('-' if v < 0 else '') + t
        rows.append(('int', t, base) + outcome(lambda: int_text(int(t, base))))
    for v in SPECIAL_INTS + [random_int() for _ in range(300)]:
        for base in (2, 8, 16, 10):
            f = {2: bin, 8: oct, 16: hex, 10: str}[base]
            rows.append(('tostring', v, base) + outcome(lambda: f(v)))
    for v in (10 ** 4299, 10 ** 4300 - 1, 10 ** 4300, -(10 ** 4300 - 1), -10 ** 4300, 2 ** 14300, 2 ** 14280):
        ok, text = outcome(lambda: str(v))
        rows.append(('tostring', v, 10, ok, text if ok != 'ok' else 'len=%d' % len(text)))
    ftexts = ['1_000.5', '1_.5', '1._5', '1e1_0', '.5', '5.', '.', '1e', 'infinity', '-iNF', '+nan', 'nan(1)', '1e+_5',
              '_1', '٣.٥', '\u2003 1.5 ', '0x1p3', 'in f', '1' * 500, '1.5\x00', '', ' ', 'inf', '-inf', 'INFINITY',
              'infinit', 'nana', '-nan', '1e500', '-1e500', '1e-500', '4.9e-324', '2.4703282292062327e-324',
              '2.4703282292062328e-324', '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308',
              '0.1', '  -0.0  ', '+.5e-3', '1E5', '1e05', '1.e5', '.e5', 'e5', '1e5.5', '١٢.٥e٢', '1__0', '1_0_0.0_1',
              '12\t', '\n12', '1 2', '--1', '+-1', '0x10', '1d', '1f', '1.5L', 'x' * 300, '9' * 400 + '.5',
              '0.' + '0' * 400 + '1', '123456789012345678901234567890e-10', '7.' + '0' * 30 + '1', '1e' + '9' * 30,
              '-1e-' + '9' * 30, '0e' + '9' * 30, '1_2_3.4_5e6_7', '1e+00000000000000000000000000000000308',
              '2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324']
    for t in ftexts:
        rows.append(('float', t, '') + outcome(lambda: fbits(float(t))))
    for _ in range(600):
        x = random_double()
        t = rnd.choice((repr(x), '%.17g' % x, '%.25e' % x, '%.3e' % x, '%.40f' % x if abs(x) < 1e10 else repr(x)))
        rows.append(('float', t, '') + outcome(lambda: fbits(float(t))))
    write('int_text.tsv', rows, 'op, text or int, base, outcome, result (floats as bits; long ints as hash=)')


def digits_of(v, base):
    out = []
    while v:
        v, d = divmod(v, base)
        out.append(d)
    return out[::-1]


# ---- float arithmetic -----------------------------------------------------------------------

def gen_float_math():
    rows = []

    def add(op, a, b, f):
        rows.append((op, a, b) + outcome(f))

    special = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 1e308, -1e308, 5e-324, -5e-324, float('inf'),
               float('-inf'), float('nan'), 7.5, -7.5, 0.1, 10.0, 1e-300]
    pairs = [(a, b) for a in special for b in special] + [(random_double(), random_double()) for _ in range(800)]
    pairs += [(rnd.uniform(-100, 100), rnd.uniform(-10, 10)) for _ in range(600)]
    for a, b in pairs:
        fa, fb = fbits(a), fbits(b)
        add('floordiv', fa, fb, lambda: fbits(a // b))
        add('mod', fa, fb, lambda: fbits(a % b))
        add('divmod', fa, fb, lambda: '%s %s' % tuple(fbits(x) for x in divmod(a, b)))
        add('truediv', fa, fb, lambda: fbits(a / b))
        add('pow', fa, fb, lambda: pow_text(a, b))
    pow_pairs = [(rnd.uniform(0, 10), rnd.uniform(-30, 30)) for _ in range(1500)]
    pow_pairs += [(rnd.uniform(-10, 10), float(rnd.randint(-40, 40))) for _ in range(500)]
    pow_pairs += [(10.0, 308.0), (10.0, 309.0), (2.0, 1024.0), (2.0, -1074.0), (2.0, -1075.0), (-8.0, 1 / 3),
                  (-8.0, 1e300), (-8.0, 3.0), (-0.0, -1.0), (-0.0, 3.0), (-0.0, 0.5), (1.0, float('nan')),
                  (-1.0, float('inf')), (0.5, float('-inf')), (float('-inf'), 3.0), (float('-inf'), -3.0),
                  (float('-inf'), 2.0), (float('nan'), 0.0), (1e10, 1e10), (-1e10, 1e10), (-1e10, 1e10 + 1)]
    for a, b in pow_pairs:
        add('pow', fbits(a), fbits(b), lambda: pow_text(a, b))
    values = special + [random_double() for _ in range(2000)] + [x + 0.5 for x in range(-6, 6)] + \
        [2.675, 1.005, 0.125, 0.375, -0.5, 2 ** 52 + 0.5, 2.0 ** 70, -2.0 ** 70 + 2 ** 18, 1e16 + 2]
    for x in map(float, values):
        fx = fbits(x)
        add('round', fx, '', lambda: round(x))
        add('int', fx, '', lambda: int(x))
        add('isinteger', fx, '', lambda: x.is_integer())
        add('ratio', fx, '', lambda: '%d/%d' % x.as_integer_ratio())
        add('hex', fx, '', lambda: x.hex())
        add('fromhex', x.hex(), '', lambda: fbits(float.fromhex(x.hex())))
        add('hash', fx, '', lambda: hash(x) if x == x else 'identity')
        for n in (rnd.randint(-5, 20), rnd.randint(-320, 330)):
            add('round2', fx, n, lambda: fbits(round(x, n)))
    for x in (2.675, 1.005, 0.125, 0.375, 2.5, 1234.5, -1234.5, 1e300, 1.7976931348623157e308, 5e-324, 0.5):
        for n in (-400, -309, -308, -307, -3, -2, -1, 0, 1, 2, 3, 16, 17, 300, 322, 323, 324, 400, 10 ** 20, -10 ** 20):
            add('round2', fbits(x), n, lambda: fbits(round(x, n)))
    hex_texts = ['0x1p0', '0x1.8p1', '1.8p1', '-0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1075', '0x1p-1076',
                 '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7ffp1023', '0x1p1024', '0x.8p1025', '0x0p99999999999',
                 '0x1p-99999999999', '0x1p99999999999', 'inf', '-Infinity', 'nan', ' -nan ', 'infx', '0x', '0xp1',
                 '0x1p', '0x1p+', '0x1.', '0x.1', '.1', '1', 'x1', '0x1 p1', '  0x10  ', '0x1.23456789abcdefp+5',
                 '0x1.000000000000080000001p0', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.0000000000000fp0',
                 '0x0.0000000000001p-1022', '0x0.00000000000008p-1022', '0x0.00000000000018p-1022', '0x1P3', '0X1p3',
                 '+0x1p3', '0x1p+3', '0x1p-3', '0x1_0p0', '', ' ', '0x1p3\x00', '٣', '0x1.8p1 x', '0x1p99999999999 x']
    for t in hex_texts:
        add('fromhex', t, '', lambda: fbits(float.fromhex(t)))
    write('float_math.tsv', rows, 'op, a (bits, or text for fromhex), b, outcome, result (floats as bits)')


def pow_text(a, b):
    """a ** b as bits. Where glibc's pow (which CPython calls) is not correctly rounded, Krait's
    is: such rows read "cr:<correctly rounded bits> glibc:<CPython's bits>". A negative base and a
    fractional exponent make float pow hand over to complex pow: "complex", whatever it does."""
    if a < 0 and math.isfinite(a) and math.isfinite(b) and b != math.floor(b):
        return 'complex'
    r = a ** b
    if r != 0 and math.isfinite(r) and a > 0 and a != 1:
        exact = decimal.Decimal(a) ** decimal.Decimal(b)
        cr = float(exact)
        if cr != r:
            return 'cr:%s glibc:%s' % (fbits(cr), fbits(r))
    return fbits(r)


# ---- hashes ---------------------------------------------------------------------------------

def gen_hash():
    rows = []
    for v in SPECIAL_INTS + [random_int() for _ in range(1000)] + [2 ** 61 - 1, 2 ** 61 - 2, -(2 ** 61) + 1, 2 ** 61,
                                                                  -2 ** 61, 2 ** 122, 2 ** 200 + 5]:
        rows.append(('int', v, '') + outcome(lambda: hash(v)))
    for x in map(float, SPECIAL_DOUBLES + [random_double() for _ in range(2000)]):
        if x == x:
            rows.append(('float', fbits(x), '') + outcome(lambda: hash(x)))
    for _ in range(500):
        re, im = random_double(), random_double()
        if re == re and im == im:
            rows.append(('complex', fbits(re), fbits(im)) + outcome(lambda: hash(complex(re, im))))
    for t in [(), (0,), (1, 2), (-1,), (-2,), (1, -1), (2 ** 61 - 1,)] + \
            [tuple(random_int() for _ in range(rnd.randint(0, 6))) for _ in range(500)]:
        rows.append(('tuple', ' '.join(str(hash(i)) for i in t), len(t)) + outcome(lambda: hash(t)))
    # tuples of floats and nested tuples hash through their items' hashes the same way
    for t in [(1.5, -0.0), ((1, 2), 3.25), (float('inf'), float('-inf'))]:
        rows.append(('tuple', ' '.join(str(hash(i)) for i in t), len(t)) + outcome(lambda: hash(t)))
    write('hash.tsv', rows, 'kind, value(s) (floats as bits; tuples as item hashes), extra, outcome, hash')


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    gen_repr()
    gen_format_float()
    gen_format_int()
    gen_format_complex()
    gen_format_str()
    gen_percent()
    gen_int_math()
    gen_int_text()
    gen_float_math()
    gen_hash()
