package org.krait.compiler.unicode;

import java.util.Arrays;

/**
 * Builds a str value from pieces without merging a lone high surrogate and a following lone low
 * surrogate into one astral character (ADR 0008). Text goes into a StringBuilder as long as it
 * can; from the first separated pair on, the builder keeps code points instead. The result is a
 * String when the text has no separated pair, else a {@link WideStr}: the one place where both
 * the compiler (literals, folding) and the runtime (concatenation, join, codecs) join str pieces
 * whose seams may fall between surrogates.
 */
public final class CodePointBuilder {
    private final StringBuilder chars;
    private int[] codePoints; // non-null once wide
    private int count;

    public CodePointBuilder() {
        this(16);
    }

    public CodePointBuilder(int capacity) {
        chars = new StringBuilder(capacity);
    }

    /** A str value (String or WideStr) from code points. */
    public static Object valueOf(int[] cps, int from, int to) {
        return new CodePointBuilder(to - from).appendCodePoints(cps, from, to).value();
    }

    /** True when a str value's text ends with a lone high surrogate, so that a low one after it would separate. */
    private boolean endsWithHighSurrogate() {
        int n = chars.length();
        return n > 0 && Character.isHighSurrogate(chars.charAt(n - 1));
    }

    public CodePointBuilder appendCodePoint(int cp) {
        if (codePoints != null) {
            push(cp);
        } else if (cp >= 0xDC00 && cp <= 0xDFFF && endsWithHighSurrogate()) {
            widen();
            push(cp);
        } else {
            chars.appendCodePoint(cp);
        }
        return this;
    }

    /** Appends a String value: its pairs are astral characters, its lone surrogates code points. */
    public CodePointBuilder append(String s) {
        if (s.isEmpty()) {
            return this;
        }
        if (codePoints == null && !(Character.isLowSurrogate(s.charAt(0)) && endsWithHighSurrogate())) {
            chars.append(s);
            return this;
        }
        if (codePoints == null) {
            widen();
        }
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            push(cp);
            i += Character.charCount(cp);
        }
        return this;
    }

    public CodePointBuilder appendCodePoints(int[] cps, int from, int to) {
        for (int i = from; i < to; i++) {
            appendCodePoint(cps[i]);
        }
        return this;
    }

    /** Appends a str value: a String or a WideStr. */
    public CodePointBuilder appendValue(Object v) {
        if (v instanceof WideStr w) {
            w.appendTo(this, 0, w.length());
            return this;
        }
        return append((String) v);
    }

    public boolean isWide() {
        return codePoints != null;
    }

    /** The text when not {@link #isWide()}. */
    public String string() {
        return chars.toString();
    }

    /** The code points when {@link #isWide()} (a trimmed copy). */
    public int[] codePoints() {
        return Arrays.copyOf(codePoints, count);
    }

    /** {@code a + b} of str values. */
    public static Object concat(Object a, Object b) {
        return new CodePointBuilder().appendValue(a).appendValue(b).value();
    }

    /** The str value: a String, or a WideStr when the text has a separated pair. */
    public Object value() {
        return codePoints == null ? chars.toString() : new WideStr(codePoints());
    }

    /** Switches to code points: the chars so far hold no separated pair, so their pairs are astral. */
    private void widen() {
        String s = chars.toString();
        codePoints = new int[Math.max(16, s.length() * 2)];
        count = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            push(cp);
            i += Character.charCount(cp);
        }
        chars.setLength(0);
    }

    private void push(int cp) {
        if (count == codePoints.length) {
            codePoints = Arrays.copyOf(codePoints, count * 2);
        }
        codePoints[count++] = cp;
    }
}
