package org.krait.compiler.parser;

import java.util.function.Consumer;

import org.krait.compiler.unicode.CodePointBuilder;

/**
 * The values of string literal tokens, as CPython 3.12 computes them (Parser/string_parser.c
 * decode_unicode_with_escapes, Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal,
 * Objects/bytesobject.c _PyBytes_DecodeEscape2).
 *
 * <p>Errors are raised as {@link DecodeError} carrying CPython's message; the parser turns them
 * into a SyntaxError located at the token. Invalid escape sequences only warn: the message goes
 * to the {@code warnings} consumer (CPython's SyntaxWarning), once per literal.
 */
public final class StringLiterals {
    private StringLiterals() {
    }

    /** A literal CPython rejects; {@link #getMessage()} is the SyntaxError's message. */
    public static final class DecodeError extends RuntimeException {
        public DecodeError(String msg) {
            super(msg, null, false, false);
        }
    }

    /** Length of the prefix letters (r, b, u, f in any case and order) of a string token. */
    public static int prefixLength(String token) {
        int i = 0;
        while (i < token.length() && token.charAt(i) != '\'' && token.charAt(i) != '"') {
            i++;
        }
        return i;
    }

    public static boolean isBytes(String token) {
        return hasPrefix(token, 'b');
    }

    public static boolean isRaw(String token) {
        return hasPrefix(token, 'r');
    }

    private static boolean hasPrefix(String token, char letter) {
        int p = prefixLength(token);
        for (int i = 0; i < p; i++) {
            if (Character.toLowerCase(token.charAt(i)) == letter) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value of a STRING token (prefix + quotes + body): a {@code String} for str (non-BMP
     * characters as surrogate pairs), a {@code WideStr} for a str whose escapes put a lone high
     * surrogate before a lone low one (ADR 0008), or a {@code byte[]} for bytes.
     */
    public static Object decode(String token, Consumer<String> warnings) {
        int p = prefixLength(token);
        char q = token.charAt(p);
        int quoteSize = token.length() - p >= 6 && token.charAt(p + 1) == q && token.charAt(p + 2) == q ? 3 : 1;
        String body = token.substring(p + quoteSize, token.length() - quoteSize);
        boolean raw = isRaw(token);
        if (isBytes(token)) {
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) >= 0x80) {
                    throw new DecodeError("bytes can only contain ASCII literal characters");
                }
            }
            if (raw) {
                byte[] b = new byte[body.length()];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) body.charAt(i);
                }
                return b;
            }
            String v = (String) decodeEscapes(body, true, false, warnings);
            byte[] b = new byte[v.length()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) v.charAt(i);
            }
            return b;
        }
        return decodeStr(body, raw, false, warnings);
    }

    /** The value (String or WideStr) of an FSTRING_MIDDLE token's text (doubled braces already collapsed by the tokenizer). */
    public static Object decodeFstringMiddle(String text, boolean raw, Consumer<String> warnings) {
        return decodeStr(text, raw, true, warnings);
    }

    private static Object decodeStr(String body, boolean raw, boolean fstring, Consumer<String> warnings) {
        checkSourceBytes(body, raw);
        if (raw || body.indexOf('\\') < 0) {
            return body;
        }
        return decodeEscapes(body, false, fstring, warnings);
    }

    /** Undecodable source bytes (see SourceDecoder) fail here, as CPython's UTF-8 decoding of the literal. */
    private static void checkSourceBytes(String body, boolean raw) {
        String err = SourceDecoder.firstDecodeError(body);
        if (err == null) {
            return;
        }
        if (!raw && body.indexOf('\\') >= 0) {
            // CPython decodes each run of non-ASCII bytes on its own, so positions count from the run
            int i = 0;
            while (i < body.length()) {
                if (body.charAt(i) < 0x80) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < body.length() && body.charAt(j) >= 0x80) {
                    j++;
                }
                String runErr = SourceDecoder.firstDecodeError(body.substring(i, j));
                if (runErr != null) {
                    throw new DecodeError("(unicode error) " + runErr);
                }
                i = j;
            }
        }
        throw new DecodeError("(unicode error) " + err);
    }

    /**
     * Decodes the escapes of a str body (or, with {@code bytes}, of an ASCII bytes body: no
     * backslash-u, backslash-U, backslash-N, octal values keep their low byte). Positions in CPython's
     * str messages count in the buffer it decodes, where every non-ASCII character was first
     * rewritten as a 10-character backslash-UXXXXXXXX escape and a backslash before one as
     * backslash-u005c (6 characters).
     */
    private static Object decodeEscapes(String body, boolean bytes, boolean fstring, Consumer<String> warnings) {
        int n = body.length();
        int[] at = new int[n + 1]; // CPython buffer position of each index of body
        int w = 0;
        for (int i = 0; i < n; i++) {
            at[i] = w;
            char c = body.charAt(i);
            if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(body.charAt(i - 1))) {
                continue;
            }
            if (c == '\\' && i + 1 < n && body.charAt(i + 1) >= 0x80) {
                w += 6;
            } else {
                w += c < 0x80 ? 1 : 10;
            }
        }
        at[n] = w;
        CodePointBuilder out = new CodePointBuilder(n);
        String firstInvalid = null;
        int i = 0;
        while (i < n) {
            int c = body.codePointAt(i);
            if (c != '\\') {
                out.appendCodePoint(c); // whole code points: the source's pairs are astral characters
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                // only an f-string part can end in a backslash (f"\{x}"): CPython keeps it
                out.appendCodePoint('\\');
                break;
            }
            char e = body.charAt(i++);
            int simple = simpleEscape(e);
            if (simple != NOT_SIMPLE) {
                if (simple != LINE_CONTINUATION) {
                    out.appendCodePoint(simple);
                }
                continue;
            }
            if (e >= '0' && e <= '7') {
                int end = octalEnd(body, i - 1);
                int v = Integer.parseInt(body, i - 1, end, 8);
                if (v > 0377 && firstInvalid == null) {
                    firstInvalid = "invalid octal escape sequence '" + body.substring(start, end) + "'";
                }
                out.appendCodePoint(bytes ? v & 0xff : v); // bytes keep the low byte of \400..\777
                i = end;
                continue;
            }
            if (e == 'x' && bytes) {
                int d1 = i + 1 < n ? Character.digit(body.charAt(i), 16) : -1;
                int d2 = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
                if (d1 < 0 || d2 < 0) {
                    throw new DecodeError("(value error) invalid \\x escape at position " + start);
                }
                out.appendCodePoint(d1 * 16 + d2);
                i += 2;
            } else if ((e == 'x' || e == 'u' || e == 'U') && !bytes) {
                int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                String what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                        : "truncated \\UXXXXXXXX escape";
                long v = 0;
                for (int k = 0; k < count; k++) {
                    int d = i < n && body.charAt(i) < 0x80 ? Character.digit(body.charAt(i), 16) : -1;
                    if (d < 0) {
                        throw escapeError(at, start, i, what);
                    }
                    v = v * 16 + d;
                    i++;
                }
                if (v > 0x10FFFF) {
                    throw escapeError(at, start, i, "illegal Unicode character");
                }
                out.appendCodePoint((int) v);
            } else if (e == 'N' && !bytes) {
                String malformed = "malformed \\N character escape";
                if (i >= n || body.charAt(i) != '{') {
                    throw escapeError(at, start, i, malformed);
                }
                int nameStart = ++i;
                while (i < n && body.charAt(i) != '}') {
                    i++;
                }
                if (i >= n || i == nameStart) {
                    throw escapeError(at, start, i, malformed);
                }
                String name = body.substring(nameStart, i);
                i++;
                int cp = UnicodeNames.lookup(name);
                if (cp < 0) {
                    throw escapeError(at, start, i, "unknown Unicode character name");
                }
                out.appendCodePoint(cp);
            } else {
                // unknown escape: kept as written; a backslash before a non-ASCII char is
                // CPython's backslash-u005c rewrite and does not warn
                out.appendCodePoint('\\');
                i--;
                // "\{" and "\}" in an f-string were already reported by the tokenizer
                if (e < 0x80 && firstInvalid == null && !(fstring && (e == '{' || e == '}'))) {
                    firstInvalid = invalidEscape(e);
                }
            }
        }
        if (firstInvalid != null) {
            warnings.accept(firstInvalid);
        }
        return bytes ? out.string() : out.value();
    }

    private static final int NOT_SIMPLE = -1;
    private static final int LINE_CONTINUATION = -2;

    /** The value of an escape both str and bytes share (\n, \t, ...), LINE_CONTINUATION, or NOT_SIMPLE. */
    private static int simpleEscape(char e) {
        return switch (e) {
            case '\n' -> LINE_CONTINUATION;
            case '\\' -> '\\';
            case '\'' -> '\'';
            case '"' -> '"';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'v' -> 0x0b;
            case 'a' -> 0x07;
            default -> NOT_SIMPLE;
        };
    }

    /** End of an octal escape's digits (at most three) starting at {@code from}. */
    private static int octalEnd(String body, int from) {
        int end = from + 1;
        while (end < from + 3 && end < body.length() && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
            end++;
        }
        return end;
    }

    private static String invalidEscape(char e) {
        return "invalid escape sequence '\\" + e + "'";
    }

    private static DecodeError escapeError(int[] at, int start, int end, String reason) {
        int from = at[start];
        int to = at[end] - 1;
        return new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + from + "-"
                + to + ": " + reason);
    }
}
