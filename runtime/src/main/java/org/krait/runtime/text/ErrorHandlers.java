package org.krait.runtime.text;

import java.io.ByteArrayOutputStream;

import org.krait.compiler.unicode.CodePointBuilder;
import org.krait.compiler.unicode.StringRepr;
import org.krait.runtime.text.ErrorHandler.Replacement;

/**
 * The built-in codec error handlers of Python/codecs.c (strict, ignore, replace,
 * backslashreplace, xmlcharrefreplace, surrogateescape, surrogatepass), and the plumbing that
 * calls a handler from a codec loop and checks its answer as CPython's
 * unicode_decode_call_errorhandler_writer / unicode_encode_call_errorhandler do.
 * ("namereplace" needs the Unicode name table, which Krait does not have yet.)
 */
public final class ErrorHandlers {
    private ErrorHandlers() {
    }

    public static final ErrorHandler STRICT = e -> {
        throw e;
    };

    public static final ErrorHandler IGNORE = e -> Replacement.text("", e.end());

    /** U+FFFD once per decode error; '?' per unencodable code point. */
    public static final ErrorHandler REPLACE = e -> e.isDecodeError()
            ? Replacement.text("\uFFFD", e.end())
            : Replacement.text("?".repeat(e.end() - e.start()), e.end());

    /** backslash-x escapes of the bad bytes, or the Python escapes of the unencodable code points. */
    public static final ErrorHandler BACKSLASHREPLACE = e -> {
        StringBuilder sb = new StringBuilder();
        if (e.isDecodeError()) {
            for (int i = e.start(); i < e.end(); i++) {
                StringRepr.hexEscape(sb, 'x', e.bytesObject()[i] & 0xFF, 2);
            }
        } else {
            for (int cp : codePoints(e)) {
                if (cp <= 0xFF) {
                    StringRepr.hexEscape(sb, 'x', cp, 2);
                } else if (cp <= 0xFFFF) {
                    StringRepr.hexEscape(sb, 'u', cp, 4);
                } else {
                    StringRepr.hexEscape(sb, 'U', cp, 8);
                }
            }
        }
        return Replacement.text(sb.toString(), e.end());
    };

    /** namereplace: {@code \N{NAME}}, or a backslash escape for a code point without a name. */
    public static final ErrorHandler NAMEREPLACE = e -> {
        if (e.isDecodeError()) {
            throw cannotHandle(e);
        }
        StringBuilder sb = new StringBuilder();
        for (int cp : codePoints(e)) {
            String name = org.krait.compiler.parser.UnicodeNames.name(cp);
            if (name != null) {
                sb.append("\\N{").append(name).append('}');
            } else if (cp <= 0xFF) {
                StringRepr.hexEscape(sb, 'x', cp, 2);
            } else if (cp <= 0xFFFF) {
                StringRepr.hexEscape(sb, 'u', cp, 4);
            } else {
                StringRepr.hexEscape(sb, 'U', cp, 8);
            }
        }
        return Replacement.text(sb.toString(), e.end());
    };

    public static final ErrorHandler XMLCHARREFREPLACE = e -> {
        if (e.isDecodeError()) {
            throw cannotHandle(e);
        }
        StringBuilder sb = new StringBuilder();
        for (int cp : codePoints(e)) {
            sb.append("&#").append(cp).append(';');
        }
        return Replacement.text(sb.toString(), e.end());
    };

    /** PEP 383: undecodable bytes 0x80..0xFF as U+DC80..U+DCFF, and back. */
    public static final ErrorHandler SURROGATEESCAPE = e -> {
        if (e.isDecodeError()) {
            StringBuilder sb = new StringBuilder(4);
            int consumed = 0;
            byte[] in = e.bytesObject();
            while (consumed < 4 && consumed < e.end() - e.start()) { // CPython escapes at most 4 bytes a call
                int b = in[e.start() + consumed] & 0xFF;
                if (b < 128) {
                    break; // ASCII bytes are never escaped
                }
                sb.append((char) (0xDC00 + b));
                consumed++;
            }
            if (consumed == 0) {
                throw e;
            }
            return Replacement.text(sb.toString(), e.start() + consumed);
        }
        int[] cps = codePoints(e);
        byte[] out = new byte[cps.length];
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] < 0xDC80 || cps[i] > 0xDCFF) {
                throw e;
            }
            out[i] = (byte) (cps[i] - 0xDC00);
        }
        return Replacement.bytes(out, e.end());
    };

    /** Lone surrogates encoded/decoded as if they were ordinary code points, UTF-8/16/32 only. */
    public static final ErrorHandler SURROGATEPASS = e -> {
        int unit = unitSize(e.encoding());
        if (unit == 0) {
            throw e;
        }
        boolean big = e.encoding().endsWith("-be");
        if (e.isDecodeError()) {
            byte[] in = e.bytesObject();
            int s = e.start();
            int cp = -1;
            if (unit == 1) {
                if (in.length - s >= 3 && (in[s] & 0xF0) == 0xE0 && (in[s + 1] & 0xC0) == 0x80
                        && (in[s + 2] & 0xC0) == 0x80) {
                    cp = ((in[s] & 0x0F) << 12) | ((in[s + 1] & 0x3F) << 6) | (in[s + 2] & 0x3F);
                }
            } else if (in.length - s >= unit) {
                cp = 0;
                for (int k = 0; k < unit; k++) {
                    int b = in[s + (big ? k : unit - 1 - k)] & 0xFF;
                    cp = (cp << 8) | b;
                }
            }
            if (cp < 0xD800 || cp > 0xDFFF) {
                throw e;
            }
            return Replacement.text(String.valueOf((char) cp), s + (unit == 1 ? 3 : unit));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int cp : codePoints(e)) {
            if (cp < 0xD800 || cp > 0xDFFF) {
                throw e;
            }
            if (unit == 1) {
                out.write(0xE0 | (cp >> 12));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
            } else {
                for (int k = 0; k < unit; k++) {
                    out.write(cp >> (8 * (big ? unit - 1 - k : k)));
                }
            }
        }
        return Replacement.bytes(out.toByteArray(), e.end());
    };

    /** The built-in handler of that name (null meaning "strict"), or null if it is not built in. */
    public static ErrorHandler builtin(String name) {
        if (name == null) {
            return STRICT;
        }
        switch (name) {
            case "strict": return STRICT;
            case "ignore": return IGNORE;
            case "replace": return REPLACE;
            case "backslashreplace": return BACKSLASHREPLACE;
            case "xmlcharrefreplace": return XMLCHARREFREPLACE;
            case "namereplace": return NAMEREPLACE;
            case "surrogateescape": return SURROGATEESCAPE;
            case "surrogatepass": return SURROGATEPASS;
            default: return null;
        }
    }

    /**
     * The built-in handler of that name, or one that raises CPython's LookupError when first
     * needed: like CPython, an unknown name is only an error once an error has to be handled.
     */
    public static ErrorHandler named(String name) {
        ErrorHandler h = builtin(name);
        if (h != null) {
            return h;
        }
        return e -> {
            throw new TextError(TextError.Kind.LOOKUP_ERROR, "unknown error handler name '" + name + "'");
        };
    }

    /** get_standard_encoding: 1 for UTF-8, 2 for UTF-16, 4 for UTF-32, 0 for any other codec. */
    private static int unitSize(String encoding) {
        String e = encoding.toLowerCase(java.util.Locale.ROOT);
        if (!e.startsWith("utf")) {
            return e.equals("cp_utf8") ? 1 : 0;
        }
        e = e.substring(3);
        if (e.startsWith("-") || e.startsWith("_")) {
            e = e.substring(1);
        }
        if (e.equals("8")) {
            return 1;
        }
        String rest = e.length() >= 2 ? e.substring(2) : "";
        boolean order = rest.isEmpty() || rest.equals("-le") || rest.equals("_le") || rest.equals("-be")
                || rest.equals("_be");
        if (e.startsWith("16") && order) {
            return 2;
        }
        return e.startsWith("32") && order ? 4 : 0;
    }

    private static int[] codePoints(CodecError e) {
        String s = e.strObject();
        int from = s.offsetByCodePoints(0, e.start());
        int to = s.offsetByCodePoints(from, e.end() - e.start());
        return s.substring(from, to).codePoints().toArray();
    }

    private static TextError cannotHandle(CodecError e) {
        return TextError.typeError("don't know how to handle " + e.pythonTypeName() + " in error callback");
    }

    // ----- calling a handler from a codec loop ------------------------------------------------

    /**
     * Handles a decode error of input[start:end]: appends the replacement to out and returns the
     * byte position to resume at.
     */
    static int decodeError(ErrorHandler h, String encoding, byte[] input, int start, int end, String reason,
            StringBuilder out) {
        Replacement r = h.handle(CodecError.decode(encoding, input, start, end, reason));
        if (r.text() == null) {
            throw TextError.typeError("decoding error handler must return (str, int) tuple");
        }
        out.append(r.text());
        return resumeAt(r.position(), input.length);
    }

    /** {@link #decodeError} into a builder that keeps a separated surrogate pair apart (ADR 0008). */
    static int decodeError(ErrorHandler h, String encoding, byte[] input, int start, int end, String reason,
            CodePointBuilder out) {
        StringBuilder text = new StringBuilder();
        int resume = decodeError(h, encoding, input, start, end, reason, text);
        out.append(text.toString());
        return resume;
    }

    /** The handler's new position made absolute and checked (IndexError when out of bounds). */
    static int resumeAt(long position, int length) {
        long p = position < 0 ? position + length : position;
        if (p < 0 || p > length) {
            throw new TextError(TextError.Kind.INDEX_ERROR, "position " + p + " from error handler out of bounds");
        }
        return (int) p;
    }
}
