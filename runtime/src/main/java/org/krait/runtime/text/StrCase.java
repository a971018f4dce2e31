package org.krait.runtime.text;

import org.krait.compiler.unicode.UnicodeDb;

/**
 * The str methods driven by Unicode character properties: case mappings and the is* predicates,
 * as CPython 3.12 (Objects/unicodeobject.c do_upper/do_lower/do_title/do_capitalize/
 * do_swapcase/do_casefold and unicode_is*_impl). All answers come from {@link UnicodeDb}
 * (Unicode 15.0), never from java.lang.Character. Callers use these through {@link StrOps}.
 */
public class StrCase extends CodePoints {
    private static final int CAPITAL_SIGMA = 0x3A3;
    private static final int SMALL_SIGMA = 0x3C3;
    private static final int FINAL_SIGMA = 0x3C2;

    StrCase() {
    }

    /** True iff every char of s is ASCII (then every case operation is plain ASCII). */
    private static boolean allAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** str.lower: full lowercase mappings, U+03A3 becoming final sigma by context. */
    public static String lower(String s) {
        if (allAscii(s)) {
            return s.toLowerCase(java.util.Locale.ROOT); // for ASCII the JDK's mapping is exactly Python's
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            appendLowerInContext(sb, s, i, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** str.upper: full uppercase mappings ('ß' gives 'SS'). */
    public static String upper(String s) {
        if (allAscii(s)) {
            return s.toUpperCase(java.util.Locale.ROOT); // for ASCII the JDK's mapping is exactly Python's
        }
        return mapEach(s, UnicodeDb::appendUpper);
    }

    /** str.casefold: full case folding. */
    public static String casefold(String s) {
        return mapEach(s, UnicodeDb::appendFolded);
    }

    /** How one code point is mapped onto the output (a UnicodeDb append* function). */
    @FunctionalInterface
    private interface Mapping {
        void append(StringBuilder sb, int cp);
    }

    /** Applies a context-free mapping to every code point of s. */
    private static String mapEach(String s, Mapping mapping) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            mapping.append(sb, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** str.swapcase: uppercase characters lowered (with final sigma), lowercase ones uppered. */
    public static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (UnicodeDb.isUpper(cp)) {
                appendLowerInContext(sb, s, i, cp);
            } else if (UnicodeDb.isLower(cp)) {
                UnicodeDb.appendUpper(sb, cp);
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** str.title: titlecase after an uncased character, lowercase after a cased one. */
    public static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousIsCased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (previousIsCased) {
                appendLowerInContext(sb, s, i, cp);
            } else {
                UnicodeDb.appendTitle(sb, cp);
            }
            previousIsCased = UnicodeDb.isCased(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** str.capitalize: the first character titlecased (since 3.8), the rest lowercased. */
    public static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int first = s.codePointAt(0);
        UnicodeDb.appendTitle(sb, first);
        for (int i = Character.charCount(first); i < s.length();) {
            int cp = s.codePointAt(i);
            appendLowerInContext(sb, s, i, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** lower_ucs4: the lowercase of s's code point cp at char index i. */
    private static void appendLowerInContext(StringBuilder sb, String s, int i, int cp) {
        if (cp == CAPITAL_SIGMA) {
            sb.append((char) (isFinalSigma(s, i) ? FINAL_SIGMA : SMALL_SIGMA));
        } else {
            UnicodeDb.appendLower(sb, cp);
        }
    }

    /**
     * handle_capital_sigma: the sigma at char index i is final when preceded by a cased letter
     * and not followed by one, skipping case-ignorable characters on both sides:
     * {@code \p{cased} \p{case-ignorable}* U+03A3 !(\p{case-ignorable}* \p{cased})}.
     */
    private static boolean isFinalSigma(String s, int i) {
        int j = i;
        int cp = -1;
        while (j > 0) {
            cp = s.codePointBefore(j);
            if (!UnicodeDb.isCaseIgnorable(cp)) {
                break;
            }
            j -= Character.charCount(cp);
        }
        if (j == 0 || !UnicodeDb.isCased(cp)) {
            return false;
        }
        for (int k = i + 1; k < s.length();) {
            cp = s.codePointAt(k);
            if (!UnicodeDb.isCaseIgnorable(cp)) {
                return !UnicodeDb.isCased(cp);
            }
            k += Character.charCount(cp);
        }
        return true;
    }

    /** str.islower: no upper or titlecase character and at least one lowercase one. */
    public static boolean islower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (UnicodeDb.isUpper(cp) || UnicodeDb.isTitle(cp)) {
                return false;
            }
            cased |= UnicodeDb.isLower(cp);
            i += Character.charCount(cp);
        }
        return cased;
    }

    /** str.isupper: no lower or titlecase character and at least one uppercase one. */
    public static boolean isupper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (UnicodeDb.isLower(cp) || UnicodeDb.isTitle(cp)) {
                return false;
            }
            cased |= UnicodeDb.isUpper(cp);
            i += Character.charCount(cp);
        }
        return cased;
    }

    /** str.istitle: upper/titlecase only after uncased, lowercase only after cased; one cased. */
    public static boolean istitle(String s) {
        TitleScan scan = new TitleScan();
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (!scan.next(UnicodeDb.isUpper(cp) || UnicodeDb.isTitle(cp), UnicodeDb.isLower(cp))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return scan.result();
    }

    /** Property tests of the is* predicates over code points; the codes of {@link #all}. */
    private static final int ALNUM = 0;
    private static final int ALPHA = 1;
    private static final int DECIMAL = 2;
    private static final int DIGIT = 3;
    private static final int NUMERIC = 4;
    private static final int SPACE = 5;
    private static final int PRINTABLE = 6;

    private static boolean test(int property, int cp) {
        switch (property) {
            case ALNUM:
                return UnicodeDb.isAlnum(cp);
            case ALPHA:
                return UnicodeDb.isAlpha(cp);
            case DECIMAL:
                return UnicodeDb.isDecimal(cp);
            case DIGIT:
                return UnicodeDb.isDigit(cp);
            case NUMERIC:
                return UnicodeDb.isNumeric(cp);
            case SPACE:
                return UnicodeDb.isSpace(cp);
            default:
                return UnicodeDb.isPrintable(cp);
        }
    }

    /** True iff every code point of s has the property (vacuously true for ""). */
    private static boolean all(String s, int property) {
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (!test(property, cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    public static boolean isalnum(String s) {
        return !s.isEmpty() && all(s, ALNUM);
    }

    public static boolean isalpha(String s) {
        return !s.isEmpty() && all(s, ALPHA);
    }

    public static boolean isdecimal(String s) {
        return !s.isEmpty() && all(s, DECIMAL);
    }

    public static boolean isdigit(String s) {
        return !s.isEmpty() && all(s, DIGIT);
    }

    public static boolean isnumeric(String s) {
        return !s.isEmpty() && all(s, NUMERIC);
    }

    public static boolean isspace(String s) {
        return !s.isEmpty() && all(s, SPACE);
    }

    /** str.isprintable: true for "" as well. */
    public static boolean isprintable(String s) {
        return all(s, PRINTABLE);
    }

    public static boolean isascii(String s) {
        return allAscii(s);
    }

    /** str.isidentifier: XID_Start or '_' first, then XID_Continue (no NFKC, unlike the tokenizer). */
    public static boolean isidentifier(String s) {
        if (s.isEmpty() || !UnicodeDb.isXidStart(s.codePointAt(0))) {
            return false;
        }
        for (int i = Character.charCount(s.codePointAt(0)); i < s.length();) {
            int cp = s.codePointAt(i);
            if (!UnicodeDb.isXidContinue(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
