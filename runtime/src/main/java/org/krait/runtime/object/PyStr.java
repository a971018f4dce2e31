package org.krait.runtime.object;

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
        }
    }

    public final String value;
    /** 0 unknown, 1 no surrogates (char index == code point index), 2 has surrogates. */
    private byte kind;

    protected PyStr(String value) {
        this.value = value;
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

    /** The str of one code point. */
    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) {
            return LATIN1[cp];
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
            kind = hasSurrogate(value) ? (byte) 2 : (byte) 1;
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

    /** {@code len(self)} in code points. */
    public int length() {
        return isBmp() ? value.length() : value.codePointCount(0, value.length());
    }

    /** str's hash: any well-spread function of the characters (CPython's is randomised per run). */
    public static long hashOf(String s) {
        long h = s.hashCode() * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return h == -1 ? -2 : h;
    }

    public long hash() {
        return hashOf(value); // String caches its hashCode
    }

    @Override
    public String toString() {
        return value;
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
