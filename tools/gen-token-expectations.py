#!/usr/bin/env python3.12
"""Generates the tokenizer's expected outputs with CPython 3.12.1 (run it with that interpreter).

  python3.12 tools/gen-token-expectations.py snippets   # compiler/src/test/resources/tokenizer/snippets/*
  python3.12 tools/gen-token-expectations.py errors     # compiler/src/test/resources/tokenizer/errors/*
  python3.12 tools/gen-token-expectations.py lib [LIBDIR] [DUMPDIR]
                                   # compiler/src/test/resources/tokenizer/lib-token-hashes.txt:
                                   # per file: path, sha256 of canonical(), sha256 of parser_canonical()

Canonical token text (one line per token, the ENCODING token left out), shared with
TokenizerTestSupport.java:
    TYPE EXACT_TYPE STARTLINE:STARTCOL-ENDLINE:ENDCOL ESCAPED_STRING
TYPE is tokenize's type name (OP for operators), EXACT_TYPE its exact_type name. Columns are
CHARACTER offsets, as tokenize reports them; the Java side converts its UTF-8 byte columns to
characters using the decoded source line. ESCAPED_STRING escapes backslash, \\n, \\r, \\t and
other control characters (\\xHH); everything else is literal.
A stream that tokenize stops with an exception ends with the line "ERROR <lineno>".

Error cases: compile(source_bytes, 'f.py', 'exec') raises; the .expected file holds
type, msg, lineno, offset, end_lineno, end_offset, escaped text (None -> 0 / empty marker).
"""
import hashlib, io, os, sys, tokenize

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
RES = os.path.join(ROOT, 'compiler/src/test/resources/tokenizer')
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from token_cases import SNIPPETS, ERRORS  # noqa: E402


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif ch == '\t':
            out.append('\\t')
        elif o < 0x20 or o == 0x7f:
            out.append('\\x%02x' % o)
        else:
            out.append(ch)
    return ''.join(out)


def canonical(src_bytes):
    lines = []
    try:
        for t in tokenize.tokenize(io.BytesIO(src_bytes).readline):
            if t.type == tokenize.ENCODING:
                continue
            lines.append('%s %s %d:%d-%d:%d %s' % (tokenize.tok_name[t.type], tokenize.tok_name[t.exact_type],
                                                   t.start[0], t.start[1], t.end[0], t.end[1], esc(t.string)))
    except tokenize.TokenError as e:
        lines.append('ERROR %d' % e.args[1][0])
    except SyntaxError as e:
        lines.append('ERROR %d' % (e.lineno or 0))
    except UnicodeDecodeError:
        lines.append('ERROR 0')
    return ''.join(l + '\n' for l in lines)


def parser_canonical(src_bytes):
    """The tokens pegen receives (_tokenize.TokenizerIter with extra_tokens=False) for what
    compile(src_bytes) reads: decoded per PEP 263, newlines translated to \\n. Same line format
    as canonical(), with exact type names only: TYPE STARTLINE:STARTCOL-ENDLINE:ENDCOL STRING.
    Columns of -1 (INDENT, DEDENT, ENDMARKER) stay -1. NEWLINE ends where its newline starts."""
    import _tokenize
    lines = []
    try:
        enc, _ = tokenize.detect_encoding(io.BytesIO(src_bytes).readline)
        text = src_bytes.decode(enc)
        text = text.replace('\r\n', '\n').replace('\r', '\n')
        data = text.encode('utf-8')
        for t in _tokenize.TokenizerIter(io.BytesIO(data).readline, extra_tokens=False, encoding='utf-8'):
            typ, string, (sl, sc), (el, ec), _ = t
            lines.append('%s %d:%d-%d:%d %s' % (tokenize.tok_name[typ], sl, sc, el, ec, esc(string)))
    except SyntaxError as e:
        lines.append('ERROR %d' % (e.lineno or 0))
    except (UnicodeDecodeError, LookupError):
        lines.append('ERROR 0')
    return ''.join(l + '\n' for l in lines)


def gen_snippets():
    d = os.path.join(RES, 'snippets')
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))
    for name, src in SNIPPETS:
        b = src if isinstance(src, bytes) else src.encode('utf-8')
        with open(os.path.join(d, name + '.py'), 'wb') as f:
            f.write(b)
        with open(os.path.join(d, name + '.tokens'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(canonical(b))
        with open(os.path.join(d, name + '.ptokens'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(parser_canonical(b))
    print(len(SNIPPETS), 'snippets')


def gen_errors():
    d = os.path.join(RES, 'errors')
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))
    for name, src in ERRORS:
        b = src if isinstance(src, bytes) else src.encode('utf-8')
        try:
            compile(b, 'f.py', 'exec')
            raise SystemExit('no error for ' + name)
        except SyntaxError as e:
            z = lambda v: 0 if v is None else v
            rec = [type(e).__name__, esc(e.msg), str(z(e.lineno)), str(z(e.offset)), str(z(e.end_lineno)),
                   str(z(e.end_offset)), '<None>' if e.text is None else esc(e.text)]
        with open(os.path.join(d, name + '.py'), 'wb') as f:
            f.write(b)
        with open(os.path.join(d, name + '.expected'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(rec) + '\n')
    print(len(ERRORS), 'error cases')


def gen_lib(libdir, dumpdir=None):
    out = []
    for d, dirs, files in os.walk(libdir):
        dirs.sort()
        for fn in sorted(files):
            if not fn.endswith('.py'):
                continue
            p = os.path.join(d, fn)
            rel = os.path.relpath(p, libdir)
            with open(p, 'rb') as f:
                src = f.read()
            text = canonical(src)
            ptext = parser_canonical(src)
            if dumpdir:
                q = os.path.join(dumpdir, rel + '.tokens')
                os.makedirs(os.path.dirname(q), exist_ok=True)
                with open(q, 'w', encoding='utf-8', newline='\n') as f:
                    f.write(text)
                with open(q[:-7] + '.ptokens', 'w', encoding='utf-8', newline='\n') as f:
                    f.write(ptext)
            h = hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()
            ph = hashlib.sha256(ptext.encode('utf-8', 'surrogatepass')).hexdigest()
            out.append('%s %s %s\n' % (rel, h, ph))
    with open(os.path.join(RES, 'lib-token-hashes.txt'), 'w', newline='\n') as f:
        f.write('# generated by tools/gen-token-expectations.py lib from CPython %s\n' % sys.version.split()[0])
        f.writelines(out)
    print(len(out), 'files')


if __name__ == '__main__':
    assert sys.version_info[:3] == (3, 12, 1), sys.version
    what = sys.argv[1]
    if what == 'snippets':
        gen_snippets()
    elif what == 'errors':
        gen_errors()
    elif what == 'lib':
        gen_lib(sys.argv[2] if len(sys.argv) > 2 else
                '/tmp/cpy/org/bytedeco/cpython/linux-x86_64/lib/python3.12',
                sys.argv[3] if len(sys.argv) > 3 else None)
