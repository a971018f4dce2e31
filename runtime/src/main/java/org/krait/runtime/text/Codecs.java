package org.krait.runtime.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.krait.runtime.text.ErrorHandler.Replacement;

/**
 * The codecs the core needs, as CPython 3.12 implements them in C: utf-8, ascii, latin-1,
 * utf-16 and utf-32 (with -le/-be variants), each with every built-in error handler or a custom
 * {@link ErrorHandler}. Positions in errors are byte offsets (decoding) or code point indices
 * (encoding). Decoders can run incrementally (isFinal false), as the _codecs functions behind
 * io.TextIOWrapper do.
 */
public final class Codecs {
    private Codecs() {
    }

    /** A decoding result: the text, how many input bytes it used, and (UTF-16/32) the byte order found. */
    public static final class Decoded {
        public final String text;
        /** The text as a str value: the String, or a WideStr when it has a separated surrogate pair (ADR 0008). */
        public final Object value;
        public final int consumed;
        /** -1 little-endian, 1 big-endian, 0 unknown/none (the _codecs *_ex_decode value). */
        public final int byteorder;

        Decoded(String text, int consumed, int byteorder) {
            this((Object) text, consumed, byteorder);
        }

        /** value: a String or a WideStr, whose text is its merged form. */
        Decoded(Object value, int consumed, int byteorder) {
            this.value = value;
            this.text = value.toString();
            this.consumed = consumed;
            this.byteorder = byteorder;
        }
    }

    /**
     * The built-in codec the name selects in CPython's fast path (PyUnicode_Decode and
     * PyUnicode_AsEncodedString after _Py_normalize_encoding): "utf-8", "utf-16", "utf-32",
     * "ascii" or "latin-1"; null for any other name (which goes to the codec registry).
     */
    public static String fastPathName(String encoding) {
        String n = normalize(encoding);
        if (n.startsWith("utf")) {
            String rest = n.startsWith("utf_") ? n.substring(4) : n.substring(3);
            switch (rest) {
                case "8": return Utf8Codec.NAME;
                case "16": return "utf-16";
                case "32": return "utf-32";
                default: return null;
            }
        }
        switch (n) {
            case "ascii":
            case "us_ascii":
                return "ascii";
            case "latin1":
            case "latin_1":
            case "iso_8859_1":
            case "iso8859_1":
                return "latin-1";
            default:
                return null;
        }
    }

    /** _Py_normalize_encoding: lower case, runs of characters other than alnum and '.' to one '_'. */
    public static String normalize(String encoding) {
        StringBuilder sb = new StringBuilder(encoding.length());
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '.')) {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                punct = false;
                sb.append(Character.toLowerCase(c));
            } else {
                punct = true;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** bytes.decode(encoding, errors) for the fast-path codecs; LookupError for other names. */
    public static String decode(byte[] in, String encoding, String errors) {
        String name = fastPathName(encoding);
        if (name == null) {
            throw new TextError(TextError.Kind.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
        return decode(in, name, ErrorHandlers.named(errors), true).text;
    }

    /** str.encode(encoding, errors) for the fast-path codecs; LookupError for other names. */
    public static byte[] encode(String s, String encoding, String errors) {
        String name = fastPathName(encoding);
        if (name == null) {
            throw new TextError(TextError.Kind.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
        return encode(s, name, ErrorHandlers.named(errors));
    }

    /**
     * Decodes with a codec named canonically: utf-8, ascii, latin-1, utf-16, utf-16-le,
     * utf-16-be, utf-32, utf-32-le, utf-32-be (the _codecs module's decoders).
     */
    public static Decoded decode(byte[] in, String codec, ErrorHandler errors, boolean isFinal) {
        switch (codec) {
            case "utf-8": return Utf8Codec.decode(in, errors, isFinal);
            case "ascii": return new Decoded(decodeAscii(in, errors), in.length, 0);
            case "latin-1": return new Decoded(new String(in, StandardCharsets.ISO_8859_1), in.length, 0);
            case "utf-16": return WideCodecs.decode(in, 2, 0, errors, isFinal);
            case "utf-16-le": return WideCodecs.decode(in, 2, -1, errors, isFinal);
            case "utf-16-be": return WideCodecs.decode(in, 2, 1, errors, isFinal);
            case "utf-32": return WideCodecs.decode(in, 4, 0, errors, isFinal);
            case "utf-32-le": return WideCodecs.decode(in, 4, -1, errors, isFinal);
            case "utf-32-be": return WideCodecs.decode(in, 4, 1, errors, isFinal);
            default: throw new IllegalArgumentException("not a built-in codec: " + codec);
        }
    }

    /** Encodes with a codec named canonically (see {@link #decode(byte[], String, ErrorHandler, boolean)}). */
    public static byte[] encode(String s, String codec, ErrorHandler errors) {
        switch (codec) {
            case "utf-8": return Utf8Codec.encode(s, errors);
            case "ascii": return encodeLatin(s, "ascii", 128, "ordinal not in range(128)", errors);
            case "latin-1": return encodeLatin(s, "latin-1", 256, "ordinal not in range(256)", errors);
            case "utf-16": return WideCodecs.encode(s, 2, 0, errors);
            case "utf-16-le": return WideCodecs.encode(s, 2, -1, errors);
            case "utf-16-be": return WideCodecs.encode(s, 2, 1, errors);
            case "utf-32": return WideCodecs.encode(s, 4, 0, errors);
            case "utf-32-le": return WideCodecs.encode(s, 4, -1, errors);
            case "utf-32-be": return WideCodecs.encode(s, 4, 1, errors);
            default: throw new IllegalArgumentException("not a built-in codec: " + codec);
        }
    }

    // ----- ascii and latin-1 --------------------------------------------------------------------

    /** ASCII: each byte >= 0x80 is an error of its own. */
    private static String decodeAscii(byte[] in, ErrorHandler errors) {
        int i = 0;
        while (i < in.length && in[i] >= 0) {
            i++;
        }
        if (i == in.length) {
            return new String(in, StandardCharsets.ISO_8859_1);
        }
        StringBuilder out = new StringBuilder(in.length);
        out.append(new String(in, 0, i, StandardCharsets.ISO_8859_1));
        while (i < in.length) {
            if (in[i] >= 0) {
                out.append((char) in[i++]);
            } else {
                i = ErrorHandlers.decodeError(errors, "ascii", in, i, i + 1, "ordinal not in range(128)", out);
            }
        }
        return out.toString();
    }

    /** ASCII or Latin-1 (unicode_encode_ucs1): a run of code points >= limit is one error. */
    private static byte[] encodeLatin(String s, String name, int limit, String reason, ErrorHandler errors) {
        ByteSink out = new ByteSink(s.length());
        int i = 0;
        int cpIndex = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c < limit) {
                out.write(c);
                i++;
                cpIndex++;
                continue;
            }
            int end = i;
            int endCp = cpIndex;
            while (end < s.length() && s.codePointAt(end) >= limit) {
                end += Character.charCount(s.codePointAt(end));
                endCp++;
            }
            int escaped = escapeSurrogates(errors, s, i, endCp - cpIndex, out);
            i += escaped;
            cpIndex += escaped;
            if (cpIndex == endCp) {
                continue;
            }
            int resume = encodeError(errors, name, s, cpIndex, endCp, reason, out, limit);
            i = resume == endCp ? end : s.offsetByCodePoints(0, resume);
            cpIndex = resume;
        }
        return out.toByteArray();
    }

    // ----- shared plumbing ----------------------------------------------------------------------

    /**
     * The 8-bit encoders' fast path for the built-in surrogateescape handler: of the n failing
     * code points at char index i, the leading U+DC80..U+DCFF ones are written as bytes without
     * calling the handler, so an error is raised only over the rest. Returns how many were
     * written (each is one char).
     */
    static int escapeSurrogates(ErrorHandler h, String s, int i, int n, ByteSink out) {
        if (h != ErrorHandlers.SURROGATEESCAPE) {
            return 0;
        }
        int k = 0;
        while (k < n && s.charAt(i + k) >= 0xDC80 && s.charAt(i + k) <= 0xDCFF) {
            out.write(s.charAt(i + k) - 0xDC00);
            k++;
        }
        return k;
    }

    /**
     * Handles an encode error of the code points s[start:end]: writes the replacement (bytes as
     * they are; a str must have only code points below limit, written one unit each, else the
     * original error is raised) and returns the code point index to resume at.
     */
    static int encodeError(ErrorHandler h, String encoding, String s, int start, int end, String reason,
            ByteSink out, int limit) {
        CodecError error = CodecError.encode(encoding, s, start, end, reason);
        Replacement r = h.handle(error);
        if (r.bytes() != null) {
            if (out.unit > 1 && r.bytes().length % out.unit != 0) {
                throw error; // UTF-16/32 accept only whole code units of bytes
            }
            out.write(r.bytes());
        } else {
            String text = r.text();
            for (int k = 0; k < text.length(); k++) {
                if (text.charAt(k) >= limit) {
                    throw error;
                }
            }
            for (int k = 0; k < text.length(); k++) {
                out.writeUnit(text.charAt(k));
            }
        }
        return ErrorHandlers.resumeAt(r.position(), s.codePointCount(0, s.length()));
    }

    /** A growable byte buffer that writes code units of 1, 2 or 4 bytes in a byte order. */
    static final class ByteSink {
        final int unit;
        final boolean bigEndian;
        private byte[] buf;
        private int size;

        ByteSink(int capacity) {
            this(capacity, 1, false);
        }

        ByteSink(int capacity, int unit, boolean bigEndian) {
            this.buf = new byte[Math.max(16, capacity)];
            this.unit = unit;
            this.bigEndian = bigEndian;
        }

        void write(int b) {
            if (size == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[size++] = (byte) b;
        }

        void write(byte[] b) {
            if (size + b.length > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + b.length));
            }
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
        }

        /** Writes v as one code unit of this sink's width and byte order. */
        void writeUnit(int v) {
            for (int k = 0; k < unit; k++) {
                write(v >> (8 * (bigEndian ? unit - 1 - k : k)));
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, size);
        }
    }
}
