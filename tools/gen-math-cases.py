#!/usr/bin/env python3.12
"""Expected results of the math module's float functions, of complex arithmetic and of time's
struct_time formatting, computed by CPython 3.12.1 (on glibc), written to
runtime/src/test/resources/numeric/libm.tsv, complex.tsv and time.tsv for LibmTest,
ComplexMathTest and TimeFormatTest.

libm.tsv lines:    function <TAB> x bits <TAB> y bits (or empty) <TAB> outcome <TAB> result bits or message
complex.tsv lines: op <TAB> a.real bits <TAB> a.imag bits <TAB> b.real bits <TAB> b.imag bits <TAB> outcome
                   <TAB> result real bits <TAB> result imag bits (or the message)

Floats are the 16 hex digits of their IEEE bits. Inputs come from a fixed seed, so rerunning gives
the same files. Run with CPython 3.12.1: python3.12 tools/gen-math-cases.py
"""
import math
import os
import random
import struct
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'runtime', 'src', 'test', 'resources',
                   'numeric')
assert sys.version_info[:3] == (3, 12, 1), 'run with CPython 3.12.1'

rnd = random.Random(20240312)


def fbits(x):
    return struct.pack('>d', x).hex()


def outcome(f):
    try:
        return 'ok', f()
    except Exception as e:
        return type(e).__name__, str(e)


SPECIALS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, math.inf, -math.inf, math.nan, 1e-300, -1e-300, 5e-324,
            1e300, -1e300, 0.1, 3.0, 10.0, 100.0, 1000.0, 710.0, -745.0, 1e-20, 0.84375, 1.25, 2.857142857142857,
            6.0, 28.0, 30.0, 0.25, 22.0, 709.78, 0.7, -0.7, 1e16, 2 ** 52, 2 ** 53 + 2, 0.9999999999999999,
            1.0000000000000002, math.pi, math.pi / 2, math.pi / 4, -math.pi, 170.5, 171.7, -170.5, 200.5, -200.5,
            141.0, 139.5, 5.5, 4.9, 1e-10, -1e-10, 23.0, 24.0, 0.99999]


def draw(lo, hi, count):
    return [rnd.uniform(lo, hi) for _ in range(count)]


def logdraw(lo_exp, hi_exp, count, signed=True):
    out = []
    for _ in range(count):
        x = math.ldexp(rnd.random() + 0.5, rnd.randint(lo_exp, hi_exp))
        out.append(-x if signed and rnd.random() < 0.5 else x)
    return out


def inputs(kind):
    base = list(SPECIALS)
    if kind == 'unit':
        return base + draw(-1, 1, 3000) + logdraw(-60, 0, 1000)
    if kind == 'exp':
        return base + draw(-750, 750, 2000) + draw(-5, 5, 1500) + logdraw(-60, 9, 1500)
    if kind == 'pos':
        return base + logdraw(-1074, 1023, 2000, signed=False) + draw(0, 10, 1500) + draw(0.5, 2, 1000)
    if kind == 'trig':
        return base + draw(-10, 10, 2000) + draw(-1000, 1000, 1000) + logdraw(-40, 60, 1000)
    if kind == 'erf':
        return base + draw(-7, 7, 3000) + logdraw(-40, 5, 1500)
    if kind == 'gamma':
        return base + draw(-180, 180, 2000) + draw(-5, 10, 2000) + logdraw(-70, 8, 1000)
    if kind == 'any':
        return base + logdraw(-1074, 1023, 2000) + draw(-100, 100, 2000)
    raise ValueError(kind)


UNARY = {
    'acos': 'unit', 'asin': 'unit', 'atan': 'any', 'acosh': 'pos', 'asinh': 'any', 'atanh': 'unit',
    'cbrt': 'any', 'cos': 'trig', 'sin': 'trig', 'tan': 'trig', 'cosh': 'exp', 'sinh': 'exp', 'tanh': 'exp',
    'exp': 'exp', 'exp2': 'exp', 'expm1': 'exp', 'log': 'pos', 'log2': 'pos', 'log10': 'pos', 'log1p': 'pos',
    'sqrt': 'pos', 'erf': 'erf', 'erfc': 'erf', 'gamma': 'gamma', 'lgamma': 'gamma',
}


def binary_inputs(name):
    pairs = [(x, y) for x in SPECIALS[:20] for y in SPECIALS[:20]]
    if name == 'atan2':
        pairs += [(rnd.uniform(-10, 10), rnd.uniform(-10, 10)) for _ in range(3000)]
        pairs += [(x, y) for x, y in zip(logdraw(-300, 300, 1000), logdraw(-300, 300, 1000))]
    elif name == 'pow':
        pairs += [(rnd.uniform(0, 10), rnd.uniform(-20, 20)) for _ in range(3000)]
        pairs += [(-rnd.uniform(0, 10), float(rnd.randint(-30, 30))) for _ in range(500)]
    elif name == 'hypot':
        pairs += [(rnd.uniform(-10, 10), rnd.uniform(-10, 10)) for _ in range(3000)]
        pairs += [(x, y) for x, y in zip(logdraw(-1074, 1023, 1000), logdraw(-1074, 1023, 1000))]
    elif name in ('fmod', 'remainder', 'copysign'):
        pairs += [(rnd.uniform(-100, 100), rnd.uniform(-10, 10)) for _ in range(1000)]
    return pairs


def write_libm():
    with open(os.path.join(OUT, 'libm.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# function, x bits, y bits (or empty), outcome, result bits or message\n')
        for name, kind in UNARY.items():
            fn = getattr(math, name)
            for x in inputs(kind):
                res = outcome(lambda: fn(x))
                text = fbits(res[1]) if res[0] == 'ok' else res[1]
                f.write(f'{name}\t{fbits(x)}\t\t{res[0]}\t{text}\n')
        for name in ('atan2', 'pow', 'hypot', 'fmod', 'remainder', 'copysign'):
            fn = getattr(math, name)
            for x, y in binary_inputs(name):
                res = outcome(lambda: fn(x, y))
                text = fbits(res[1]) if res[0] == 'ok' else res[1]
                f.write(f'{name}\t{fbits(x)}\t{fbits(y)}\t{res[0]}\t{text}\n')


def cnum():
    k = rnd.random()
    if k < 0.1:
        return complex(rnd.choice(SPECIALS[:25]), rnd.choice(SPECIALS[:25]))
    if k < 0.7:
        return complex(rnd.uniform(-10, 10), rnd.uniform(-10, 10))
    return complex(rnd.choice(logdraw(-200, 200, 1)), rnd.choice(logdraw(-200, 200, 1)))


def write_complex():
    ops = {'truediv': lambda a, b: a / b, 'pow': lambda a, b: a ** b, 'mul': lambda a, b: a * b,
           'abs': lambda a, b: complex(abs(a))}
    with open(os.path.join(OUT, 'complex.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# op, a.real, a.imag, b.real, b.imag (bits), outcome, result real and imag bits or message\n')
        for op, fn in ops.items():
            for i in range(3000):
                a = cnum()
                if op == 'pow' and i % 3 == 0:
                    b = complex(float(rnd.randint(-120, 120)), 0.0)
                elif op == 'pow' and i % 3 == 1:
                    b = complex(rnd.uniform(-4, 4), 0.0)
                else:
                    b = cnum()
                res = outcome(lambda: fn(a, b))
                text = f'{fbits(res[1].real)}\t{fbits(res[1].imag)}' if res[0] == 'ok' else res[1]
                f.write(f'{op}\t{fbits(a.real)}\t{fbits(a.imag)}\t{fbits(b.real)}\t{fbits(b.imag)}\t{res[0]}\t'
                        f'{text}\n')


TIME_FORMAT = ("%a %A %b %B %c|%d %e %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %z %%|%D %F %T %R %C %G %g "
               "%V %u %h %k %l %P %r %s|%-d %_m %05Y %^a %#B %10j")


def write_time():
    """gmtime of many timestamps: the struct fields, strftime of every directive, and asctime."""
    import time
    stamps = [0, -1, 86399, 86400, 951782400, 1e9, 2**31, -2**31, 253402300799, -62135596800, 4102444800,
              1704067199, 1704067200, 1735603200, -86400 * 366]
    stamps += [rnd.randint(-10**11, 10**11) for _ in range(1500)]
    stamps += [rnd.randint(0, 2**32) for _ in range(500)]
    with open(os.path.join(OUT, 'time.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# seconds, gmtime tuple, strftime(TIME_FORMAT), asctime\n')
        f.write('# format\t' + TIME_FORMAT + '\n')
        for t in stamps:
            g = time.gmtime(t)
            f.write(f'{int(t)}\t{",".join(str(v) for v in tuple(g))}\t{time.strftime(TIME_FORMAT, g)}\t'
                    f'{time.asctime(g)}\n')


if __name__ == '__main__':
    write_libm()
    write_complex()
    write_time()
