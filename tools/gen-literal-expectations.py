#!/usr/bin/env python3.12
"""Expected values of string and number literal tokens, computed by CPython 3.12.1, written to
compiler/src/test/resources/tokenizer/literals.txt (tab-separated, one case a line):

  STR    token  code points (hex, space-separated)  first warning or -
  BYTES  token  bytes (hex)                          first warning or -
  ERROR  token  SyntaxError message
  INT    token  decimal value
  FLOAT  token  float.hex() of the value
  IMAG   token  float.hex() of the imaginary part
  FMID   raw(0/1)  FSTRING_MIDDLE token string  code points  warning (* = not checked: several parts)

Tokens are escaped as in gen-token-expectations.py (backslash, \\n, \\r, \\t, \\xHH).
Run with CPython 3.12.1: python3.12 tools/gen-literal-expectations.py
"""
import os, sys, warnings
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\': out.append('\\\\')
        elif ch == '\n': out.append('\\n')
        elif ch == '\r': out.append('\\r')
        elif ch == '\t': out.append('\\t')
        elif o < 0x20 or o == 0x7f: out.append('\\x%02x' % o)
        else: out.append(ch)
    return ''.join(out)


STRINGS = [
    r"'abc'", r'"abc"', r"''", r"''''''", r"'''a'b'''", r'"""a""b"""', "'héllo €𝄞'",
    r"'\n\t\r\\\'\"\a\b\f\v'", r"'\0\01\012\0123\1234'", r"'\777'", r"'\400'", r"'\8\9'",
    r"'\x41\x7e\xff'", r"'\u00e9\u20ac'", r"'\U0001F600\U00000041'", r"'\N{BULLET}\N{EM DASH}'",
    r"'\N{latin small letter a}'", r"'\N{CJK UNIFIED IDEOGRAPH-4E00}'", r"'\N{HANGUL SYLLABLE GAG}'",
    r"'\N{HANGUL SYLLABLE A}'", r"'\N{BELL}'", r"'\N{NULL}'", r"'\N{SPACE}'",
    r"'\q'", r"'\d\w'", "'\\\t'", "'a\\\nb'", "'''a\\\nb\nc'''", "'\\é'", r"'a\\'",
    r"r'\n\x'", r"R'\N{x}'", r"u'\u00e9'", r"U'x'",
    r"b'abc'", r"b'\x00\xff\n\\'", r"b'\777\400\1'", r"b'\q'", r"b'\u1234'", r"b'\N{BULLET}'",
    r"br'\x'", r"Rb'\n'", r"BR'a\\'", "b'''a\\\nb'''",
    # errors
    r"'\x4'", r"'ab\x'", r"'\x4g'", r"'\u12'", r"'\U1234567'", r"'\U00110000'", r"'\N{foo}'", r"'\N{BULLET'",
    r"'\N'", r"'\Nx'", r"'\N{}'", r"'é\x4'", r"'\é\x'", r"b'\x4'", r"b'ab\xg0'", "b'é'", "b'ab\u20ac'",
    r"'\N{CJK UNIFIED IDEOGRAPH-1234}'", r"'\N{HANGUL SYLLABLE XYZ}'", r"'\N{ BULLET}'",
]

FSTRINGS = [
    r'f"abc"', r'f"a\nb"', r'f"\N{BULLET}"', r'f"\d"', r'rf"\d\n"', 'f"é\\t"', r'f"\x41"', r'f"\{1}"',
    r'f"\}}"', r'f"\q\}}"', r'f"\N{EM DASH}{1}\t"', r'f"a{{"', r'Rf"\{{"',
]

NUMBERS = [
    '0', '7', '00', '0_0', '123', '1_000_000', '0x1F', '0XdeadBEEF', '0x_1_2', '0o17', '0O_7', '0b1010', '0B_1_0',
    '123456789012345678901234567890', '0xFFFFFFFFFFFFFFFFFFFFFFFF',
    '1.0', '1.', '.5', '1e10', '1E-5', '1.5e+3', '1_0.0_1', '0.0', '00.5', '09.5', '1_2e1_0', '1e400', '1e-400',
    '0.1', '2.2250738585072014e-308', '4.9e-324', '1.7976931348623157e308', '9007199254740993',
    '9007199254740993.0', '0.30000000000000004', '123456789.123456789e-5',
    '1j', '1.5J', '1e3j', '0j', '00j', '09j', '.5j', '1_0j', '1e400j',
]


def main():
    assert sys.version_info[:3] == (3, 12, 1), sys.version
    lines = []
    for tok in STRINGS:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            try:
                v = eval(compile(tok, 'f.py', 'eval'))
            except SyntaxError as e:
                lines.append('ERROR\t%s\t%s' % (escape(tok), escape(e.msg)))
                continue
        warn = escape(str(w[0].message)) if w else '-'
        if isinstance(v, bytes):
            lines.append('BYTES\t%s\t%s\t%s' % (escape(tok), v.hex(), warn))
        else:
            lines.append('STR\t%s\t%s\t%s' % (escape(tok), ' '.join('%x' % ord(c) for c in v), warn))
    import ast, io, tokenize
    for src in FSTRINGS:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            tree = ast.parse(src)
        raw = 'r' in src.split('"')[0].lower()
        middles = [t.string for t in tokenize.generate_tokens(io.StringIO(src).readline)
                   if t.type == tokenize.FSTRING_MIDDLE and t.string]
        consts = [v.value for v in tree.body[0].value.values if isinstance(v, ast.Constant)]
        assert len(middles) == len(consts), (src, middles, consts)
        for m, v in zip(middles, consts):
            warn = '*' if len(middles) > 1 or '\\{' in src or '\\}' in src else escape(str(w[0].message)) if w else '-'
            lines.append('FMID\t%d\t%s\t%s\t%s' % (raw, escape(m), ' '.join('%x' % ord(c) for c in v), warn))
    for tok in NUMBERS:
        v = eval(tok)
        if isinstance(v, int):
            lines.append('INT\t%s\t%d' % (tok, v))
        elif isinstance(v, float):
            lines.append('FLOAT\t%s\t%s' % (tok, v.hex()))
        else:
            assert v.real == 0
            lines.append('IMAG\t%s\t%s' % (tok, v.imag.hex()))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                        'compiler/src/test/resources/tokenizer/literals.txt')
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(''.join(l + '\n' for l in lines))
    print(len(lines), 'literal cases')


main()
