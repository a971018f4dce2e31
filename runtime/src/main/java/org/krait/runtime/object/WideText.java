package org.krait.runtime.object;

import java.util.Arrays;

import org.krait.compiler.unicode.CodePointBuilder;

/**
 * Operations on strs that must see code points when a str is wide (ADR 0008): equality,
 * ordering, slicing, and the "shadow" form through which the ordinary String-based str methods
 * run exactly. Only reached from paths where a str has surrogates.
 */
public final class WideText {
    /** Lone surrogates U+D800..U+DFFF map to U+10F800..U+10FFFF in the shadow form. */
    private static final int SHADOW = 0x10F800 - 0xD800;

    private WideText() {
    }

    /** {@code a == b} when at least one is wide. */
    public static boolean equal(PyStr a, PyStr b) {
        return a.isWide() == b.isWide() && a.length() == b.length()
                && Arrays.equals(a.codePoints(), b.codePoints());
    }

    /** Ordering by code points (CPython compares code point values). */
    public static int compare(PyStr a, PyStr b) {
        return Arrays.compare(a.codePoints(), b.codePoints());
    }

    /** s[start:stop:step] in code points. */
    public static PyStr slice(PyStr s, int start, int stop, int step) {
        int[] cps = s.codePoints();
        CodePointBuilder b = new CodePointBuilder();
        for (int i = start; step > 0 ? i < stop : i > stop; i += step) {
            b.appendCodePoint(cps[i]);
        }
        return PyStr.of(b);
    }

    /** True when s holds a surrogate that is not half of an astral pair, or is wide. */
    public static boolean hasLoneSurrogate(PyStr s) {
        if (s.isBmp()) {
            return false; // no surrogate at all
        }
        if (s.isWide()) {
            return true;
        }
        String v = s.value();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The shadow form: the same code points with each surrogate moved to the end of plane 16, as a
     * plain String in which no two code points can merge. Null when s already holds a code point
     * of that range (the mapping would not be one to one); callers then use the merged text.
     */
    public static String shadow(PyStr s) {
        int[] cps = s.codePoints();
        StringBuilder sb = new StringBuilder(cps.length + 8);
        for (int cp : cps) {
            if (cp >= 0x10F800) {
                return null;
            }
            sb.appendCodePoint(cp >= 0xD800 && cp <= 0xDFFF ? cp + SHADOW : cp);
        }
        return sb.toString();
    }

    /** The str of a shadow-form text: surrogates moved back, separated pairs kept apart. */
    public static PyStr unshadow(String shadow) {
        CodePointBuilder b = new CodePointBuilder(shadow.length());
        for (int i = 0; i < shadow.length();) {
            int cp = shadow.codePointAt(i);
            i += Character.charCount(cp);
            b.appendCodePoint(cp >= 0x10F800 ? cp - SHADOW : cp);
        }
        return PyStr.of(b);
    }
}
