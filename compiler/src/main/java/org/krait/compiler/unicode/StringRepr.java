package org.krait.compiler.unicode;

/**
 * The one implementation of {@code repr()} and {@code ascii()} for str, bytes and bytearray,
 * exactly as CPython 3.12 (Objects/unicodeobject.c unicode_repr, Objects/bytesobject.c
 * PyBytes_Repr, Objects/bytearrayobject.c bytearray_repr). Used by the AST dump and the runtime.
 * A str is a Java String whose code points are the Python code points (lone surrogates kept).
 */
public final class StringRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StringRepr() {
    }

    /** str.__repr__: single quotes unless the text has ' and no "; non-printables escaped. */
    public static String str(String s) {
        return quoted(s, false);
    }

    /** ascii(str): the repr with every non-ASCII code point escaped as backslash-x, -u or -U hex. */
    public static String ascii(String s) {
        return quoted(s, true);
    }

    /** repr() of a str that a String cannot hold (ADR 0008). */
    public static String str(WideStr s) {
        return quoted(s, false);
    }

    /** ascii() of a str that a String cannot hold. */
    public static String ascii(WideStr s) {
        return quoted(s, true);
    }

    private static String quoted(String s, boolean asciiOnly) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendEscaped(sb, cp, quote, asciiOnly);
        }
        return sb.append(quote).toString();
    }

    private static String quoted(WideStr s, boolean asciiOnly) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < s.length(); i++) {
            single |= s.codePointAt(i) == '\'';
            dbl |= s.codePointAt(i) == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); i++) {
            appendEscaped(sb, s.codePointAt(i), quote, asciiOnly);
        }
        return sb.append(quote).toString();
    }

    private static void appendEscaped(StringBuilder sb, int cp, char quote, boolean asciiOnly) {
        if (cp == quote || cp == '\\') {
            sb.append('\\').append((char) cp);
        } else if (cp == '\t') {
            sb.append("\\t");
        } else if (cp == '\n') {
            sb.append("\\n");
        } else if (cp == '\r') {
            sb.append("\\r");
        } else if (cp < 0x20 || cp == 0x7F) {
            hexEscape(sb, 'x', cp, 2);
        } else if (cp < 0x7F || !asciiOnly && UnicodeDb.isPrintable(cp)) {
            sb.appendCodePoint(cp);
        } else if (cp <= 0xFF) {
            hexEscape(sb, 'x', cp, 2);
        } else if (cp <= 0xFFFF) {
            hexEscape(sb, 'u', cp, 4);
        } else {
            hexEscape(sb, 'U', cp, 8);
        }
    }

    /** Appends backslash, kind, and cp as {@code digits} lowercase hex digits. */
    public static void hexEscape(StringBuilder sb, char kind, int cp, int digits) {
        sb.append('\\').append(kind);
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            sb.append(HEX[(cp >> shift) & 0xF]);
        }
    }

    /** bytes.__repr__: b'...' with the same quote choice as str. */
    public static String bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    /** repr of the bytes b[off, off+len), e.g. for a bytearray's used part. */
    public static String bytes(byte[] b, int off, int len) {
        StringBuilder sb = new StringBuilder(len + 3);
        appendBytes(sb, b, off, len, false);
        return sb.toString();
    }

    /**
     * bytearray.__repr__: {@code typeName(b'...')}, typeName being the (sub)class name. Unlike
     * bytes, bytearray_repr escapes a single quote even inside double quotes.
     */
    public static String bytearray(byte[] b, int off, int len, String typeName) {
        StringBuilder sb = new StringBuilder(len + typeName.length() + 5).append(typeName).append('(');
        appendBytes(sb, b, off, len, true);
        return sb.append(')').toString();
    }

    private static void appendBytes(StringBuilder sb, byte[] b, int off, int len, boolean alwaysEscapeSingle) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = off; i < off + len; i++) {
            hasSingle |= b[i] == '\'';
            hasDouble |= b[i] == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        sb.append('b').append(quote);
        for (int i = off; i < off + len; i++) {
            int c = b[i] & 0xFF;
            if (c == quote || c == '\\' || alwaysEscapeSingle && c == '\'') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7F) {
                hexEscape(sb, 'x', c, 2);
            } else {
                sb.append((char) c);
            }
        }
        sb.append(quote);
    }
}
