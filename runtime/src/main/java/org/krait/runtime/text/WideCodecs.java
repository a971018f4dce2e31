package org.krait.runtime.text;

/**
 * UTF-16 and UTF-32 as CPython 3.12 (Objects/unicodeobject.c PyUnicode_DecodeUTF16Stateful,
 * PyUnicode_DecodeUTF32Stateful, _PyUnicode_EncodeUTF16/32). A byteorder of 0 reads a BOM if
 * present and otherwise uses the native order, little-endian on every platform Krait targets;
 * encoding with byteorder 0 writes a BOM.
 */
final class WideCodecs {
    private WideCodecs() {
    }

    /** unit is 2 (UTF-16) or 4 (UTF-32); byteorder -1 little-endian, 1 big-endian, 0 by BOM. */
    static Codecs.Decoded decode(byte[] in, int unit, int byteorder, ErrorHandler errors, boolean isFinal) {
        int n = in.length;
        int q = 0;
        int bo = byteorder;
        if (bo == 0 && n >= unit) {
            long bom = read(in, 0, unit, false);
            if (bom == (unit == 2 ? 0xFEFF : 0x0000FEFFL)) {
                q = unit;
                bo = -1;
            } else if (bom == (unit == 2 ? 0xFFFE : 0xFFFE0000L)) {
                q = unit;
                bo = 1;
            }
        }
        boolean big = bo > 0;
        String name = (unit == 2 ? "utf-16-" : "utf-32-") + (big ? "be" : "le");
        StringBuilder out = new StringBuilder(n / unit);
        while (q < n) {
            if (n - q < unit) {
                if (!isFinal) {
                    break;
                }
                q = ErrorHandlers.decodeError(errors, name, in, q, n, "truncated data", out);
                continue;
            }
            long v = read(in, q, unit, big);
            if (unit == 4) {
                if (v > 0x10FFFF) {
                    q = ErrorHandlers.decodeError(errors, name, in, q, q + 4, "code point not in range(0x110000)", out);
                } else if (v >= 0xD800 && v < 0xE000) {
                    q = ErrorHandlers.decodeError(errors, name, in, q, q + 4,
                            "code point in surrogate code point range(0xd800, 0xe000)", out);
                } else {
                    out.appendCodePoint((int) v);
                    q += 4;
                }
                continue;
            }
            char c = (char) v;
            if (!Character.isSurrogate(c)) {
                out.append(c);
                q += 2;
            } else if (Character.isLowSurrogate(c)) {
                q = ErrorHandlers.decodeError(errors, name, in, q, q + 2, "illegal encoding", out);
            } else if (n - q < 4) {
                if (!isFinal) {
                    break; // the pair may be completed by the next chunk
                }
                q = ErrorHandlers.decodeError(errors, name, in, q, n, "unexpected end of data", out);
            } else {
                char c2 = (char) read(in, q + 2, 2, big);
                if (Character.isLowSurrogate(c2)) {
                    out.append(c).append(c2);
                    q += 4;
                } else {
                    q = ErrorHandlers.decodeError(errors, name, in, q, q + 2, "illegal UTF-16 surrogate", out);
                }
            }
        }
        return new Codecs.Decoded(out.toString(), q, bo);
    }

    private static long read(byte[] in, int at, int unit, boolean big) {
        long v = 0;
        for (int k = 0; k < unit; k++) {
            v = (v << 8) | (in[at + (big ? k : unit - 1 - k)] & 0xFF);
        }
        return v;
    }

    /** Encodes s; each lone surrogate is an error of its own ("surrogates not allowed"). */
    static byte[] encode(String s, int unit, int byteorder, ErrorHandler errors) {
        boolean big = byteorder > 0;
        String name = (unit == 2 ? "utf-16" : "utf-32") + (byteorder == 0 ? "" : big ? "-be" : "-le");
        Codecs.ByteSink out = new Codecs.ByteSink(s.length() * unit + unit, unit, big);
        if (byteorder == 0) {
            out.writeUnit(0xFEFF);
        }
        int i = 0;
        int cpIndex = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                int resume = Codecs.encodeError(errors, name, s, cpIndex, cpIndex + 1, "surrogates not allowed", out,
                        128);
                i = resume == cpIndex + 1 ? i + 1 : s.offsetByCodePoints(0, resume);
                cpIndex = resume;
                continue;
            }
            if (unit == 4 || cp < 0x10000) {
                out.writeUnit(cp);
            } else {
                out.writeUnit(Character.highSurrogate(cp));
                out.writeUnit(Character.lowSurrogate(cp));
            }
            i += Character.charCount(cp);
            cpIndex++;
        }
        return out.toByteArray();
    }
}
