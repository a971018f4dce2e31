package org.krait.runtime.text;

/**
 * Code point indexing over the Java String representation of a Python str.
 *
 * <p>A Python str is a Java String whose code points are the Python code points: non-BMP code
 * points as surrogate pairs, a lone surrogate code point as a lone char. (So a Python string
 * holding a lone high surrogate directly followed by a lone low surrogate cannot be told apart
 * from the pair; it is read as the pair.) Indices and lengths in this package are in code points.
 *
 * <p>Most strings are all-BMP, where char index = code point index. Functions whose answer
 * depends on indices take a {@code boolean bmp} right after the string: true iff the string has
 * no surrogate pair, i.e. its length in chars equals its length in code points. The object model
 * computes it once per str with {@link #isBmp} and keeps it; with bmp true, every operation works
 * directly on chars.
 */
public class CodePoints {
    CodePoints() {
    }

    /** True iff s holds no surrogate pair (every code point is one char). */
    public static boolean isBmp(String s) {
        for (int i = 0, n = s.length() - 1; i < n; i++) {
            if (Character.isHighSurrogate(s.charAt(i)) && Character.isLowSurrogate(s.charAt(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** len(s) in code points. */
    public static int length(String s, boolean bmp) {
        return bmp ? s.length() : s.codePointCount(0, s.length());
    }

    /** The char index of code point index cp (0 <= cp <= length). */
    public static int charIndex(String s, boolean bmp, int cp) {
        return bmp ? cp : s.offsetByCodePoints(0, cp);
    }

    /** The code point index of char index ch (at a code point boundary). */
    public static int codePointIndex(String s, boolean bmp, int ch) {
        return bmp ? ch : s.codePointCount(0, ch);
    }

    /** ord(s[index]) for 0 <= index < length. */
    public static int codePointAtIndex(String s, boolean bmp, int index) {
        return bmp ? s.charAt(index) : s.codePointAt(s.offsetByCodePoints(0, index));
    }

    /** s[index] as a str, for 0 <= index < length. */
    public static String charAtIndex(String s, boolean bmp, int index) {
        if (bmp) {
            return String.valueOf(s.charAt(index));
        }
        int at = s.offsetByCodePoints(0, index);
        return s.substring(at, at + Character.charCount(s.codePointAt(at)));
    }

    /**
     * s[start:stop:step] with indices already normalised as by PySlice_AdjustIndices (so for a
     * negative step, stop may be -1 meaning "before the first").
     */
    public static String slice(String s, boolean bmp, int start, int stop, int step) {
        int n = sliceLength(start, stop, step);
        if (n <= 0) {
            return "";
        }
        if (step == 1) {
            return s.substring(charIndex(s, bmp, start), charIndex(s, bmp, stop));
        }
        if (bmp) {
            char[] out = new char[n];
            for (int i = 0, at = start; i < n; i++, at += step) {
                out[i] = s.charAt(at);
            }
            return new String(out);
        }
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0, at = start; i < n; i++, at += step) {
            sb.appendCodePoint(cps[at]);
        }
        return sb.toString();
    }

    /** The number of items of a normalised slice, as PySlice_AdjustIndices returns it. */
    public static int sliceLength(int start, int stop, int step) {
        if (step < 0) {
            return stop < start ? (start - stop - 1) / -step + 1 : 0;
        }
        return start < stop ? (stop - start - 1) / step + 1 : 0;
    }

    /**
     * Compares by code points, as Python does (String.compareTo compares UTF-16 units, which puts
     * non-BMP code points below U+E000..U+FFFF). Negative, zero or positive.
     */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == n) {
            return Integer.compare(a.length(), b.length());
        }
        char ca = a.charAt(i);
        char cb = b.charAt(i);
        if (!Character.isSurrogate(ca) && !Character.isSurrogate(cb)) {
            return Character.compare(ca, cb);
        }
        if (i > 0 && Character.isHighSurrogate(a.charAt(i - 1))
                && (Character.isLowSurrogate(ca) || Character.isLowSurrogate(cb))) {
            i--; // the mismatch is inside a pair: compare whole code points from the pair's start
        }
        return Integer.compare(a.codePointAt(i), b.codePointAt(i));
    }

    /**
     * Clamps Python start/end arguments (None given as 0 / Long.MAX_VALUE) to 0..len as CPython's
     * ADJUST_INDICES; returns {start, end} (end may be below start).
     */
    static int[] adjustIndices(long start, long end, int len) {
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end = Math.max(end + len, 0);
        }
        if (start < 0) {
            start = Math.max(start + len, 0);
        }
        return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) end};
    }

    /**
     * Index of the first occurrence of sub in s[from, to) (char indices at code point boundaries),
     * or -1. A match may not start or end inside a surrogate pair of s, which can only happen when
     * sub starts with a lone low or ends with a lone high surrogate.
     */
    static int indexOf(String s, String sub, int from, int to) {
        int last = to - sub.length();
        boolean risky = isRisky(sub);
        for (int i = from; i <= last; i++) {
            i = s.indexOf(sub, i);
            if (i < 0 || i > last) {
                return -1;
            }
            if (!risky || onBoundaries(s, i, i + sub.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the last occurrence of sub in s[from, to), or -1; see {@link #indexOf}. */
    static int lastIndexOf(String s, String sub, int from, int to) {
        boolean risky = isRisky(sub);
        for (int i = to - sub.length(); i >= from; i--) {
            i = s.lastIndexOf(sub, i);
            if (i < from) {
                return -1;
            }
            if (!risky || onBoundaries(s, i, i + sub.length())) {
                return i;
            }
        }
        return -1;
    }

    /** True iff s[at:at+len(sub)] == sub with both ends on code point boundaries. */
    static boolean regionMatches(String s, int at, String sub) {
        return s.startsWith(sub, at) && (!isRisky(sub) || onBoundaries(s, at, at + sub.length()));
    }

    static boolean isRisky(String sub) {
        return !sub.isEmpty()
                && (Character.isLowSurrogate(sub.charAt(0)) || Character.isHighSurrogate(sub.charAt(sub.length() - 1)));
    }

    private static boolean onBoundaries(String s, int from, int to) {
        return !splitsPair(s, from) && !splitsPair(s, to);
    }

    /** True iff char index i falls between the two halves of a surrogate pair. */
    static boolean splitsPair(String s, int i) {
        return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
                && Character.isLowSurrogate(s.charAt(i));
    }
}
