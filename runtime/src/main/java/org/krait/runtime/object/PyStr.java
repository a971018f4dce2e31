package org.krait.runtime.object;

import org.krait.compiler.unicode.CodePointBuilder;
import org.krait.compiler.unicode.WideStr;
import org.krait.runtime.types.StrMethods;

/**
 * Python {@code str}: a Java String whose code points are the Python code points (ADR 0003).
 * Immutable; the empty string and the 256 one-character Latin-1 strings are immortal.
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = PyType.builtin("str", null, PyType.BASETYPE, null,
            StrMethods::define);
    public static final PyStr EMPTY = new PyStr("");
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int i = 0; i < 256; i++) {
            LATIN1[i] = new PyStr(String.valueOf((char) i));
            LATIN1[i].kind = 1; // known before publication: isBmp never scans them
        }
    }

    /**
     * The text; null while it is still only a prefix of {@link #rope} (ADR 0006). Filled at most
     * once per object; a racing second fill writes an equal String, which is harmless.
     */
    private String value;
    /**
     * Concatenation builds long strings in a shared builder: this str is its first
     * {@link #ropeLength} chars. Builders only ever grow at the end, so a prefix never changes;
     * every access to a builder holds its lock. Null for strs made from a String.
     */
    private final StringBuilder rope;
    private final int ropeLength;
    /** 0 unknown, 1 no surrogates (char index == code point index), 2 has surrogates. */
    private byte kind;
    /**
     * {@link #hashOf} of the text once asked for, else 0: dict and set probes then read it from
     * this object instead of visiting the String (a racing second fill writes the same value).
     */
    private long hash;

    protected PyStr(String value) {
        this.value = value;
        this.rope = null;
        this.ropeLength = 0;
    }

    private PyStr(StringBuilder rope, int ropeLength, boolean bmp) {
        this.rope = rope;
        this.ropeLength = ropeLength;
        this.kind = bmp ? (byte) 1 : (byte) 2;
    }

    /** The text as a Java String (code points as in ADR 0003). */
    public final String value() {
        String v = value;
        return v != null ? v : materialize();
    }

    private String materialize() {
        String v;
        synchronized (rope) {
            v = rope.substring(0, ropeLength);
        }
        value = v;
        return v;
    }

    /** Below this many chars, {@code a + b} just copies; from here on it appends to a shared builder. */
    private static final int ROPE_MIN = 128;

    /**
     * {@code a + b} for exact strs. CPython appends in place when the left operand has no other
     * reference ({@code s += x} in a loop); we get the same amortised cost whatever the references:
     * when {@code a} is the whole of its builder so far, {@code b} is appended to that builder and
     * the result is a longer prefix of it, while {@code a} keeps seeing its own shorter prefix.
     */
    public static PyStr concat(PyStr a, PyStr b) {
        if ((!a.isBmp() || !b.isBmp()) && mayJoinSurrogates(a, b)) {
            return of(new CodePointBuilder().appendValue(a.strValue()).appendValue(b.strValue()));
        }
        String bv = b.value();
        StringBuilder r = a.rope;
        if (r != null) {
            boolean bmp = a.isBmp() && b.isBmp();
            synchronized (r) {
                if (r.length() == a.ropeLength) {
                    r.append(bv);
                    return new PyStr(r, r.length(), bmp);
                }
            }
        }
        String av = a.value();
        int n = av.length() + bv.length();
        if (n < ROPE_MIN) {
            String joined = av.concat(bv);
            return a.isBmp() && b.isBmp() ? ofBmp(joined) : of(joined);
        }
        StringBuilder nr = new StringBuilder(n * 2);
        nr.append(av).append(bv);
        return new PyStr(nr, n, a.isBmp() && b.isBmp());
    }

    /** The str for {@code s}, sharing the immortal empty and one-character strings. */
    public static PyStr of(String s) {
        int n = s.length();
        if (n == 0) {
            return EMPTY;
        }
        if (n == 1 && s.charAt(0) < 256) {
            return LATIN1[s.charAt(0)];
        }
        return new PyStr(s);
    }

    /**
     * {@link #of(String)} for text the caller knows has no surrogates (made from such strs), so
     * that {@link #isBmp} need not scan it again.
     */
    public static PyStr ofBmp(String s) {
        PyStr r = of(s);
        if (r.kind == 0) {
            r.kind = 1;
        }
        return r;
    }

    /** The str of a builder's text: a {@link PyWideStr} when it has a separated surrogate pair. */
    public static PyStr of(CodePointBuilder b) {
        return b.isWide() ? new PyWideStr((WideStr) b.value()) : of(b.string());
    }

    /** The str of a compiler str value (a String or a WideStr). */
    public static PyStr ofValue(Object v) {
        return v instanceof WideStr w ? new PyWideStr(w) : of((String) v);
    }

    /** This str as a compiler str value: its String, or its WideStr when it is wide. */
    public Object strValue() {
        return value();
    }

    /**
     * Whether {@code a + b} needs code points: either is wide, or a ends with a lone high
     * surrogate and b starts with a lone low one. Only asked for strs with surrogates.
     */
    private static boolean mayJoinSurrogates(PyStr a, PyStr b) {
        if (a.isWide() || b.isWide()) {
            return true;
        }
        String av = a.value();
        String bv = b.value();
        return !av.isEmpty() && !bv.isEmpty() && Character.isHighSurrogate(av.charAt(av.length() - 1))
                && Character.isLowSurrogate(bv.charAt(0));
    }

    /** True for a {@link PyWideStr}, whose code points a Java String cannot hold. */
    public boolean isWide() {
        return false;
    }

    /** The code point at code point index i. */
    public int codePointAt(int i) {
        String v = value();
        return isBmp() ? v.charAt(i) : v.codePointAt(v.offsetByCodePoints(0, i));
    }

    /** The code points, a new array. */
    public int[] codePoints() {
        return value().codePoints().toArray();
    }

    /** Appends this str's code points to b. */
    public void appendTo(CodePointBuilder b) {
        b.append(value());
    }

    /** The str of one code point. */
    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) {
            return LATIN1[cp];
        }
        if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            // one char (for str iteration and indexing of non-Latin-1 text): no char[], kind known
            PyStr r = new PyStr(String.valueOf((char) cp));
            r.kind = Character.isSurrogate((char) cp) ? (byte) 2 : (byte) 1;
            return r;
        }
        return new PyStr(new String(Character.toChars(cp)));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** True when no char is a surrogate, so Java char indices are Python indices. */
    public boolean isBmp() {
        if (kind == 0) {
            kind = hasSurrogate(value()) ? (byte) 2 : (byte) 1;
        }
        return kind == 1;
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Orders two strs by code point, as Python compares str. Without surrogates UTF-16 order is
     * code point order, so String.compareTo (a JIT intrinsic) decides; else the careful loop.
     */
    public static int compare(PyStr a, PyStr b) {
        if (a.isBmp() && b.isBmp()) {
            return a.value().compareTo(b.value());
        }
        return org.krait.runtime.text.CodePoints.compare(a.value(), b.value());
    }

    /** {@code len(self)} in code points. */
    public int length() {
        if (isBmp()) {
            return rope != null ? ropeLength : value.length();
        }
        String v = value();
        return v.codePointCount(0, v.length());
    }

    /** str's hash: any well-spread function of the characters (CPython's is randomised per run). */
    public static long hashOf(String s) {
        long h = s.hashCode() * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return h == -1 ? -2 : h;
    }

    public long hash() {
        long h = hash;
        if (h == 0) {
            h = hashOf(value());
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return value();
    }

    /** Instances of Python subclasses of str. */
    public static final class Derived extends PyStr {
        private final PyType type;
        private PyDict dict;

        public Derived(PyType type, String value) {
            super(value);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        /** The instance dict, unless the class's __slots__ leave it out. */
        @Override
        public PyDict instanceDict() {
            if (dict == null && type.hasInstanceDict()) {
                dict = new PyDict();
            }
            return dict;
        }
    }
}
