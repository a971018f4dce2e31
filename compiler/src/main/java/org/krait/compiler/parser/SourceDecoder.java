package org.krait.compiler.parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Source bytes to text, as CPython's tokenizer reads a source string (Parser/tokenizer.c
 * decode_str, check_bom, check_coding_spec): a UTF-8 BOM, a PEP 263 coding cookie on line 1 or 2,
 * otherwise UTF-8.
 *
 * <p>CPython does not validate UTF-8 up front in this mode: bad bytes reach the tokenizer and fail
 * only where they are decoded (an identifier, a string literal), and pass unnoticed in comments.
 * To reproduce that, bad bytes become lone surrogates U+DC80..U+DCFF (Python's "surrogateescape");
 * {@link #isEscapedByte} recognises them and {@link #utf8Error} words the error as CPython does.
 */
public final class SourceDecoder {
    private SourceDecoder() {
    }

    /** Decodes a whole source; raises CPython's encoding errors. */
    public static String decode(byte[] src, String filename) {
        int start = 0;
        boolean bom = src.length >= 3 && (src[0] & 0xff) == 0xEF && (src[1] & 0xff) == 0xBB
                && (src[2] & 0xff) == 0xBF;
        if (bom) {
            start = 3;
        }
        String cookie = findCookie(src, start);
        if (cookie != null) {
            String normal = normalEncodingName(cookie);
            if (bom && !normal.equals("utf-8")) {
                throw noLocation("encoding problem: " + normal + " with BOM", filename);
            }
            if (!normal.equals("utf-8")) {
                return decodeWith(src, start, normal, filename);
            }
        }
        return decodeUtf8Escaping(src, start, src.length);
    }

    /** True for a char that stands for an undecodable source byte. */
    static boolean isEscapedByte(char c) {
        return c >= 0xDC80 && c <= 0xDCFF;
    }

    /** The UTF-8 decoding error of a decoded text holding escaped bytes, or null if it holds none. */
    static String firstDecodeError(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isEscapedByte(c) && !(i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                return utf8Error(toSourceBytes(text, 0, text.length()));
            }
        }
        return null;
    }

    /** UTF-8 with bad bytes mapped to U+DC80+byte. */
    static String decodeUtf8Escaping(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int len = sequenceLength(b, i, to);
            if (len <= 0) {
                sb.append((char) (0xDC00 + c));
                i++;
                continue;
            }
            int cp;
            if (len == 2) {
                cp = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
            } else if (len == 3) {
                cp = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
            } else {
                cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
            }
            sb.appendCodePoint(cp);
            i += len;
        }
        return sb.toString();
    }

    /**
     * The length of the valid UTF-8 sequence at {@code i}, or a code: 0 = invalid start byte,
     * -1 = invalid continuation byte, -2 = unexpected end of data (CPython's three reasons).
     */
    private static int sequenceLength(byte[] b, int i, int to) {
        int c = b[i] & 0xff;
        int len;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) {
                lo = 0xA0;
            } else if (c == 0xED) {
                hi = 0x9F;
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) {
                lo = 0x90;
            } else if (c == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return 0;
        }
        for (int k = 1; k < len; k++) {
            if (i + k >= to) {
                return -2;
            }
            int d = b[i + k] & 0xff;
            if (k == 1 ? (d < lo || d > hi) : (d < 0x80 || d > 0xBF)) {
                return -1;
            }
        }
        return len;
    }

    /** How many bytes at i (at least 1) CPython's decoder reports, and replaces by one U+FFFD, as one bad unit. */
    private static int badUnitLength(byte[] b, int i, int to, int code) {
        if (code == 0) {
            return 1;
        }
        if (code == -2) {
            return to - i;
        }
        int k = 1; // invalid continuation: the start byte plus the continuation bytes that were valid
        while (i + k < to && sequencePrefixValid(b, i, k + 1)) {
            k++;
        }
        return k;
    }

    private static boolean sequencePrefixValid(byte[] b, int i, int len) {
        return sequenceLength(b, i, i + len) == -2;
    }

    /**
     * The message of the UnicodeDecodeError that decoding {@code b} as UTF-8 raises, as CPython
     * words it, or null if it decodes.
     */
    static String utf8Error(byte[] b) {
        int i = 0;
        while (i < b.length) {
            if ((b[i] & 0xff) < 0x80) {
                i++;
                continue;
            }
            int len = sequenceLength(b, i, b.length);
            if (len > 0) {
                i += len;
                continue;
            }
            String reason = len == 0 ? "invalid start byte"
                    : len == -1 ? "invalid continuation byte" : "unexpected end of data";
            int end = i + badUnitLength(b, i, b.length, len);
            if (end - i == 1) {
                return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[i] & 0xff, i,
                        reason);
            }
            return String.format("'utf-8' codec can't decode bytes in position %d-%d: %s", i, end - 1, reason);
        }
        return null;
    }

    /** UTF-8 decoding with errors="replace": one U+FFFD per bad unit, as CPython. */
    static String decodeReplacing(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int len = (b[i] & 0xff) < 0x80 ? 1 : sequenceLength(b, i, b.length);
            if (len > 0) {
                sb.append(new String(b, i, len, StandardCharsets.UTF_8));
                i += len;
            } else {
                sb.append('\uFFFD');
                i += badUnitLength(b, i, b.length, len);
            }
        }
        return sb.toString();
    }

    /** Turns text that may hold escaped bytes back into the source bytes. */
    static byte[] toSourceBytes(CharSequence s, int from, int to) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.write(c);
            } else if (isEscapedByte(c)) {
                out.write(c - 0xDC00);
            } else {
                int cp = c;
                if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                    cp = Character.toCodePoint(c, s.charAt(++i));
                }
                byte[] enc = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(enc, 0, enc.length);
            }
        }
        return out.toByteArray();
    }

    /** The PEP 263 cookie of line 1, or of line 2 if line 1 holds only a comment or blanks. */
    private static String findCookie(byte[] src, int start) {
        int lineStart = start;
        for (int line = 0; line < 2 && lineStart < src.length; line++) {
            int end = lineStart;
            while (end < src.length && src[end] != '\n' && src[end] != '\r') {
                end++;
            }
            String cookie = cookieOf(src, lineStart, end);
            if (cookie != null) {
                return cookie;
            }
            // Only a comment-only or blank line 1 lets line 2 declare the encoding.
            for (int i = lineStart; i < end; i++) {
                byte c = src[i];
                if (c == '#') {
                    break;
                }
                if (c != ' ' && c != '\t' && c != '\f') {
                    return null;
                }
            }
            lineStart = end;
            if (lineStart < src.length && src[lineStart] == '\r') {
                lineStart++;
            }
            if (lineStart < src.length && src[lineStart] == '\n') {
                lineStart++;
            }
        }
        return null;
    }

    /** get_coding_spec: a comment line containing "coding[:=]" followed by a name. */
    private static String cookieOf(byte[] s, int from, int to) {
        int i = from;
        for (; i < to; i++) {
            if (s[i] == '#') {
                break;
            }
            if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f') {
                return null;
            }
        }
        for (; i < to - 6; i++) {
            if (s[i] == 'c' && s[i + 1] == 'o' && s[i + 2] == 'd' && s[i + 3] == 'i' && s[i + 4] == 'n'
                    && s[i + 5] == 'g') {
                int t = i + 6;
                if (s[t] != ':' && s[t] != '=') {
                    continue;
                }
                do {
                    t++;
                } while (t < to && (s[t] == ' ' || s[t] == '\t'));
                int begin = t;
                while (t < to && (Character.isLetterOrDigit(s[t]) && s[t] > 0 || s[t] == '-' || s[t] == '_'
                        || s[t] == '.')) {
                    t++;
                }
                if (begin < t) {
                    return new String(s, begin, t - begin, StandardCharsets.ISO_8859_1);
                }
            }
        }
        return null;
    }

    /** get_normal_name: utf-8 and latin-1 spellings folded, others unchanged. */
    static String normalEncodingName(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < 12; i++) {
            char c = s.charAt(i);
            b.append(c == '_' ? '-' : Character.toLowerCase(c));
        }
        String buf = b.toString();
        if (buf.equals("utf-8") || buf.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (buf.equals("latin-1") || buf.equals("iso-8859-1") || buf.equals("iso-latin-1")
                || buf.startsWith("latin-1-") || buf.startsWith("iso-8859-1-") || buf.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    private static String decodeWith(byte[] src, int start, String pyName, String filename) {
        Charset cs = charsetFor(pyName);
        if (cs == null) {
            throw noLocation("unknown encoding: " + pyName, filename);
        }
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(src, start, src.length - start)).toString();
        } catch (CharacterCodingException e) {
            int pos = start;
            // Locate the first byte the strict decoder rejects, to word the error like CPython.
            for (int i = start; i < src.length; i++) {
                if (pyName.equalsIgnoreCase("ascii") && src[i] < 0) {
                    pos = i;
                    break;
                }
            }
            if (pyName.equalsIgnoreCase("ascii") || pyName.equalsIgnoreCase("us-ascii")) {
                throw noLocation(String.format(
                        "'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)",
                        src[pos] & 0xff, pos - start), filename);
            }
            throw noLocation("'" + pyName + "' codec can't decode the source", filename);
        }
    }

    /** Python codec names to Java charsets; the common spellings CPython's codec registry accepts. */
    private static Charset charsetFor(String pyName) {
        String n = pyName.toLowerCase().replace('_', '-').replace(' ', '-');
        if (n.equals("latin1") || n.equals("latin-1") || n.equals("l1")) {
            return StandardCharsets.ISO_8859_1;
        }
        if (n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        if (n.equals("ascii") || n.equals("us-ascii") || n.equals("646")) {
            return StandardCharsets.US_ASCII;
        }
        for (String candidate : new String[] {n, n.replace("-", ""), n.replace("cp-", "cp")}) {
            try {
                if (Charset.isSupported(candidate)) {
                    return Charset.forName(candidate);
                }
            } catch (IllegalArgumentException ignored) {
                // not a legal charset name; try the next spelling
            }
        }
        return null;
    }

    private static PySyntaxError noLocation(String msg, String filename) {
        return new PySyntaxError("SyntaxError", msg, filename, 0, -1, 0, 0, null);
    }
}
