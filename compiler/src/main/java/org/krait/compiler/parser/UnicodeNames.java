package org.krait.compiler.parser;

import java.util.Locale;

/**
 * {@code \N{NAME}} lookup, as CPython's unicodedata _getcode: case-insensitive names, plus the
 * algorithmic CJK UNIFIED IDEOGRAPH-XXXX and HANGUL SYLLABLE names, which the JDK's
 * {@link Character#codePointOf} does not know.
 */
public final class UnicodeNames {
    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J",
        "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final int[] CJK_RANGES = {0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0x20000, 0x2A6DF, 0x2A700, 0x2B739,
        0x2B740, 0x2B81D, 0x2B820, 0x2CEA1, 0x2CEB0, 0x2EBE0, 0x30000, 0x3134A, 0x31350, 0x323AF};

    private UnicodeNames() {
    }

    /** The code point named {@code name}, or -1. */
    static int lookup(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            return cjk(name.substring(22));
        }
        if (upper.startsWith("HANGUL SYLLABLE ")) {
            return hangul(upper.substring(16));
        }
        if (!name.equals(name.strip()) || name.isEmpty()) {
            return -1; // the JDK trims whitespace; CPython does not
        }
        try {
            int cp = Character.codePointOf(upper);
            String real = Character.getName(cp);
            return real != null && real.equals(upper) ? cp : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static int cjk(String hex) {
        if (hex.length() != 4 && hex.length() != 5) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        for (int i = 0; i < CJK_RANGES.length; i += 2) {
            if (v >= CJK_RANGES[i] && v <= CJK_RANGES[i + 1]) {
                return v;
            }
        }
        return -1;
    }

    /**
     * The name of code point {@code cp}, as unicodedata.name gives it, or null when it has none
     * (the JDK's own names; CJK unified ideographs and Hangul syllables by their algorithms).
     */
    public static String name(int cp) {
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            int s = cp - 0xAC00;
            int t = s % JAMO_T.length;
            int v = s / JAMO_T.length % JAMO_V.length;
            int l = s / JAMO_T.length / JAMO_V.length;
            return "HANGUL SYLLABLE " + JAMO_L[l] + JAMO_V[v] + JAMO_T[t];
        }
        for (int i = 0; i < CJK_RANGES.length; i += 2) {
            if (cp >= CJK_RANGES[i] && cp <= CJK_RANGES[i + 1]) {
                return "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
            }
        }
        String n = Character.isValidCodePoint(cp) ? Character.getName(cp) : null;
        // for characters without a name of their own the JDK makes one of the block name and the code
        if (n == null || n.endsWith(" " + Integer.toHexString(cp).toUpperCase(Locale.ROOT))) {
            return null;
        }
        return n;
    }

    /** {@code lookup} for the name-based codecs and error handlers outside the parser. */
    public static int codePoint(String name) {
        return lookup(name);
    }

    private static int hangul(String s) {
        int[] pos = {0};
        int l = longestJamo(s, pos, JAMO_L);
        int v = longestJamo(s, pos, JAMO_V);
        int t = longestJamo(s, pos, JAMO_T);
        if (l < 0 || v < 0 || t < 0 || pos[0] != s.length()) {
            return -1;
        }
        return 0xAC00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
    }

    private static int longestJamo(String s, int[] pos, String[] table) {
        int best = -1;
        int bestLen = -1;
        for (int i = 0; i < table.length; i++) {
            String j = table[i];
            if (j.length() > bestLen && s.startsWith(j, pos[0])) {
                best = i;
                bestLen = j.length();
            }
        }
        if (best >= 0) {
            pos[0] += bestLen;
        }
        return best;
    }
}
