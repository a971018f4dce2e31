#!/usr/bin/env python3.12
"""Writes the Unicode character database that Krait's str methods need, as CPython 3.12.1 sees it
(Unicode 15.0.0), to compiler/src/main/resources/org/krait/compiler/unicode/unicode.bin, and a
SHA-256 digest over every code point's properties to
compiler/src/test/resources/unicode/unicode-db.sha256 (checked by UnicodeDbTest).

Every property is read from CPython's observable behaviour (str methods, unicodedata), not from
UCD files, so the table answers exactly what CPython answers:
  category      unicodedata.category
  printable     str.isprintable          space       str.isspace
  alpha         str.isalpha              decimal     str.isdecimal (+ unicodedata.decimal value)
  digit         str.isdigit (+ value)    numeric     str.isnumeric (+ unicodedata.numeric value)
  lower/upper/title   Py_UNICODE_ISLOWER/ISUPPER/ISTITLE, probed through islower/istitle
  cased         _PyUnicode_IsCased, probed through title() ('xA'.title() lowers A iff x is cased)
  case_ignorable _PyUnicode_IsCaseIgnorable, probed through lower()'s final-sigma rule
  xid_start     str.isidentifier of the char alone (so '_' counts, as in CPython)
  xid_continue  str.isidentifier of 'a' + the char
  linebreak     str.splitlines boundary
  lower/upper/title/casefold mappings: the full (special-casing) results of the str methods

Binary layout (big-endian, read by org.krait.compiler.unicode.UnicodeDb):
  "KUDB" int version  UTF unicode-version  int shift
  int n1, char[n1] index1 (block number per 2**shift code points)
  int n2, char[n2] index2 (record number per code point, blocks of 2**shift)
  int nrec, nrec * 7 ints: props, values, numeric, lower, upper, title, fold
     props  = category | flags << 5
     values = (decimal + 1) | (digit + 1) << 4
     numeric = index into the double table or -1
     a mapping m: m even -> single code point cp + (m >> 1); m odd -> (m >> 1) indexes ext,
                  where ext[i] is a length followed by that many code points
  int nnum, double[nnum]   int next, int[next] ext

Run with CPython 3.12.1: python3.12 tools/gen-unicode-db.py
"""
import hashlib, os, struct, sys, unicodedata

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc",
              "Cf", "Cs", "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc",
              "Sk", "So"]
# Flag bit order; UnicodeDb's constants and the digest use the same order.
FLAGS = ["printable", "space", "alpha", "decimal", "digit", "numeric", "lower", "upper", "title",
         "cased", "case_ignorable", "xid_start", "xid_continue", "linebreak"]


def properties(cp):
    c = chr(cp)
    cat = unicodedata.category(c)
    upper_or_title = not ('A' + c).istitle()
    title = cat == 'Lt'
    f = {
        'printable': c.isprintable(),
        'space': c.isspace(),
        'alpha': c.isalpha(),
        'decimal': c.isdecimal(),
        'digit': c.isdigit(),
        'numeric': c.isnumeric(),
        'lower': c.islower(),
        'upper': upper_or_title and not title,
        'title': title,
        'cased': (c + 'A').title()[-1] == 'a',
        'case_ignorable': ('a' + c + '\u03a3').lower()[-1] == '\u03c2'
                          and (c + '\u03a3').lower()[-1] != '\u03c2',
        'xid_start': c.isidentifier(),
        'xid_continue': ('a' + c).isidentifier(),
        'linebreak': len(('a' + c + 'b').splitlines()) == 2,
    }
    # The probes only see combinations CPython's methods can tell apart; check they are unambiguous.
    assert c.isupper() == (f['upper'] and not f['lower'] and not title), hex(cp)
    assert not (f['upper'] and f['lower']), hex(cp)
    dec = unicodedata.decimal(c, -1) if f['decimal'] else -1
    dig = unicodedata.digit(c, -1) if f['digit'] else -1
    num = unicodedata.numeric(c) if f['numeric'] else None
    assert f['decimal'] == (dec >= 0) and f['digit'] == (dig >= 0), hex(cp)
    maps = (c.lower(), c.upper(), c.title(), c.casefold())
    return cat, f, dec, dig, num, maps


def flag_bits(f):
    return sum(1 << i for i, name in enumerate(FLAGS) if f[name])


def digest_line(cp, cat, f, dec, dig, num, maps):
    # One line per code point; UnicodeDbTest builds the same text from the Java API.
    numtext = '-' if num is None else '%016x' % struct.unpack('>Q', struct.pack('>d', num))[0]
    flagtext = ''.join('1' if f[n] else '0' for n in FLAGS)
    maptext = ';'.join(' '.join('%x' % ord(ch) for ch in m) for m in maps)
    return '%x;%s;%s;%d;%d;%s;%s\n' % (cp, cat, flagtext, dec, dig, numtext, maptext)


def main():
    assert sys.version_info[:3] == (3, 12, 1), sys.version
    assert unicodedata.unidata_version == '15.0.0'
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    records, record_ids, per_cp = [], {}, []
    numerics, numeric_ids = [], {}
    ext, ext_ids = [], {}
    sha = hashlib.sha256()

    def mapping(cp, m):
        if len(m) == 1:
            return (ord(m) - cp) << 1
        key = tuple(ord(ch) for ch in m)
        if key not in ext_ids:
            ext_ids[key] = len(ext)
            ext.append(len(key))
            ext.extend(key)
        return (ext_ids[key] << 1) | 1

    for cp in range(0x110000):
        cat, f, dec, dig, num, maps = properties(cp)
        sha.update(digest_line(cp, cat, f, dec, dig, num, maps).encode('ascii'))
        if num is None:
            numidx = -1
        else:
            bits = struct.pack('>d', num)
            if bits not in numeric_ids:
                numeric_ids[bits] = len(numerics)
                numerics.append(num)
            numidx = numeric_ids[bits]
        rec = (CATEGORIES.index(cat) | flag_bits(f) << 5, (dec + 1) | (dig + 1) << 4, numidx,
               *(mapping(cp, m) for m in maps))
        if rec not in record_ids:
            record_ids[rec] = len(records)
            records.append(rec)
        per_cp.append(record_ids[rec])
    assert len(records) < 0x10000

    best = None
    for shift in range(4, 11):
        size = 1 << shift
        blocks, block_ids, index1 = [], {}, []
        for start in range(0, 0x110000, size):
            block = tuple(per_cp[start:start + size])
            if block not in block_ids:
                block_ids[block] = len(blocks)
                blocks.append(block)
            index1.append(block_ids[block])
        total = 2 * len(index1) + 2 * size * len(blocks)
        if best is None or total < best[0]:
            best = (total, shift, index1, [x for b in blocks for x in b])
    _, shift, index1, index2 = best
    assert max(index1) < 0x10000

    out = bytearray(b'KUDB')
    out += struct.pack('>i', 1)
    version = unicodedata.unidata_version.encode('ascii')
    out += struct.pack('>H', len(version)) + version
    out += struct.pack('>i', shift)
    out += struct.pack('>i%dH' % len(index1), len(index1), *index1)
    out += struct.pack('>i%dH' % len(index2), len(index2), *index2)
    out += struct.pack('>i', len(records))
    for rec in records:
        out += struct.pack('>7i', *rec)
    out += struct.pack('>i%dd' % len(numerics), len(numerics), *numerics)
    out += struct.pack('>i%di' % len(ext), len(ext), *ext)

    path = os.path.join(root, 'compiler/src/main/resources/org/krait/compiler/unicode/unicode.bin')
    with open(path, 'wb') as fh:
        fh.write(out)
    with open(os.path.join(root, 'compiler/src/test/resources/unicode/unicode-db.sha256'), 'w') as fh:
        fh.write('# generated by tools/gen-unicode-db.py from CPython %s (Unicode %s)\n'
                 % (sys.version.split()[0], unicodedata.unidata_version))
        fh.write(sha.hexdigest() + '\n')
    print('shift %d, %d records, %d numerics, %d ext ints, %d bytes'
          % (shift, len(records), len(numerics), len(ext), len(out)))


main()
