package org.krait.runtime.text;

import org.krait.compiler.unicode.WideStr;

/**
 * UTF-8 encoding of a str a Java String cannot hold (ADR 0008), over its code points, with the
 * built-in error handlers CPython's utf-8 encoder knows by name (Objects/stringlib/codecs.h
 * utf8_encoder): every surrogate of a wide str is lone, and a run of them is one error.
 * Returns null for other codecs or handlers, which then see the merged text.
 */
public final class WideEncoder {
    private static final String REASON = "surrogates not allowed";

    private WideEncoder() {
    }

    public static byte[] encode(WideStr s, String encoding, String errors) {
        if (!"utf-8".equals(Codecs.fastPathName(encoding))) {
            return null;
        }
        switch (errors) {
            case "strict", "surrogatepass", "surrogateescape", "backslashreplace", "ignore", "replace",
                    "xmlcharrefreplace" -> {
            }
            default -> {
                return null;
            }
        }
        Codecs.ByteSink out = new Codecs.ByteSink(s.length() * 3);
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (cp < 0xD800 || cp > 0xDFFF) {
                writeUtf8(out, cp);
                i++;
                continue;
            }
            int end = i;
            while (end < n && s.codePointAt(end) >= 0xD800 && s.codePointAt(end) <= 0xDFFF) {
                end++;
            }
            for (int k = i; k < end; k++) {
                int c = s.codePointAt(k);
                switch (errors) {
                    case "surrogatepass" -> writeUtf8(out, c);
                    case "surrogateescape" -> {
                        if (c < 0xDC80 || c > 0xDCFF) {
                            throw CodecError.encode("utf-8", s.merged(), k, end, REASON);
                        }
                        out.write(c - 0xDC00);
                    }
                    case "backslashreplace" -> writeAscii(out, "\\u" + Integer.toHexString(c));
                    case "replace" -> out.write('?');
                    case "xmlcharrefreplace" -> writeAscii(out, "&#" + c + ";");
                    case "ignore" -> {
                    }
                    default -> throw CodecError.encode("utf-8", s.merged(), i, end, REASON);
                }
            }
            i = end;
        }
        return out.toByteArray();
    }

    private static void writeAscii(Codecs.ByteSink out, String text) {
        for (int k = 0; k < text.length(); k++) {
            out.write(text.charAt(k));
        }
    }

    /** One code point in UTF-8, surrogates as their three-byte form (surrogatepass). */
    private static void writeUtf8(Codecs.ByteSink out, int cp) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | cp >> 6);
            out.write(0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            out.write(0xE0 | cp >> 12);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        } else {
            out.write(0xF0 | cp >> 18);
            out.write(0x80 | cp >> 12 & 0x3F);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        }
    }
}
