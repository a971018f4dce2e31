package org.krait.compiler.unicode;

import java.util.Arrays;

/**
 * A str value that a Java String cannot hold: its code points include a high surrogate directly
 * followed by a low surrogate, which a String would read as one astral character (ADR 0008).
 * Such values arise only from escapes ({@code "\ud83d\ude00"}), chr(), codecs with surrogatepass
 * or surrogateescape, and the concatenation of such pieces; {@link CodePointBuilder} makes one
 * exactly when needed, so a WideStr never equals any String value.
 */
public final class WideStr {
    private final int[] codePoints;
    private String merged;

    /** Takes ownership of {@code codePoints}, which must hold a separated pair. */
    WideStr(int[] codePoints) {
        this.codePoints = codePoints;
    }

    public int length() {
        return codePoints.length;
    }

    public int codePointAt(int i) {
        return codePoints[i];
    }

    /** A copy of the code points. */
    public int[] toArray() {
        return codePoints.clone();
    }

    /** The code points {@code [from, to)} appended to {@code b}. */
    public void appendTo(CodePointBuilder b, int from, int to) {
        b.appendCodePoints(codePoints, from, to);
    }

    /**
     * The text as a Java String with each separated pair merged into the astral character: lossy,
     * for callers that only need something readable (messages, names).
     */
    public String merged() {
        String m = merged;
        if (m == null) {
            m = new String(codePoints, 0, codePoints.length);
            merged = m;
        }
        return m;
    }

    /**
     * The code points as a String of two chars each (high and low 16 bits): how a class file
     * carries the value, since its modified UTF-8 would turn a separated pair back into one char
     * pair that the JVM reads as an astral character.
     */
    public String toCharPairs() {
        char[] c = new char[codePoints.length * 2];
        for (int i = 0; i < codePoints.length; i++) {
            c[2 * i] = (char) (codePoints[i] >>> 16);
            c[2 * i + 1] = (char) codePoints[i];
        }
        return new String(c);
    }

    /** The value written by {@link #toCharPairs()}. */
    public static WideStr fromCharPairs(String pairs) {
        int[] cps = new int[pairs.length() / 2];
        for (int i = 0; i < cps.length; i++) {
            cps[i] = pairs.charAt(2 * i) << 16 | pairs.charAt(2 * i + 1);
        }
        return new WideStr(cps);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WideStr w && Arrays.equals(codePoints, w.codePoints);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codePoints);
    }

    @Override
    public String toString() {
        return merged();
    }
}
