package org.krait.runtime.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.IntFunction;

import org.krait.compiler.unicode.StringRepr;
import org.krait.compiler.unicode.UnicodeDb;

/**
 * Every method of Python's {@code str}, as pure functions over Java Strings, with CPython 3.12's
 * semantics and error messages (Objects/unicodeobject.c, Objects/stringlib/). Case mappings and
 * predicates are inherited from {@link StrCase}, code point indexing, slicing and comparison from
 * {@link CodePoints}, so every str operation is reachable as {@code StrOps.name}.
 *
 * <p>Indices are code points. Methods taking {@code (String s, boolean bmp, ...)} need the bmp
 * flag described in {@link CodePoints}. Python start/end arguments are longs as the object model
 * got them from {@code __index__} (clamped to Py_ssize_t); None is 0 for start and
 * {@link Long#MAX_VALUE} for end. A maxsplit/count of None is -1.
 */
public final class StrOps extends StrCase {
    /** end argument when the caller passed None or nothing. */
    public static final long END = Long.MAX_VALUE;

    private StrOps() {
    }

    // ----- repr -----------------------------------------------------------------------------

    /** str.__repr__. */
    public static String repr(String s) {
        return StringRepr.str(s);
    }

    /** ascii(s) for a str. */
    public static String ascii(String s) {
        return StringRepr.ascii(s);
    }

    // ----- searching --------------------------------------------------------------------------

    /** Char bounds of the code point range s[start:end] after ADJUST_INDICES, or null if empty-inverted. */
    private static int[] charRange(String s, boolean bmp, long start, long end) {
        int[] r = adjustIndices(start, end, length(s, bmp));
        if (r[1] < r[0]) {
            return null;
        }
        if (!bmp) {
            r[0] = charIndex(s, bmp, r[0]);
            r[1] = charIndex(s, bmp, r[1]);
        }
        return r;
    }

    /** str.find: lowest index of sub in s[start:end], or -1. */
    public static int find(String s, boolean bmp, String sub, long start, long end) {
        int[] r = charRange(s, bmp, start, end);
        if (r == null) {
            return -1;
        }
        int i = indexOf(s, sub, r[0], r[1]);
        return i < 0 ? -1 : codePointIndex(s, bmp, i);
    }

    /** str.rfind: highest index of sub in s[start:end], or -1. */
    public static int rfind(String s, boolean bmp, String sub, long start, long end) {
        int[] r = charRange(s, bmp, start, end);
        if (r == null) {
            return -1;
        }
        int i = lastIndexOf(s, sub, r[0], r[1]);
        return i < 0 ? -1 : codePointIndex(s, bmp, i);
    }

    /** str.index: like find, but ValueError when not found. */
    public static int index(String s, boolean bmp, String sub, long start, long end) {
        int i = find(s, bmp, sub, start, end);
        if (i < 0) {
            throw TextError.valueError("substring not found");
        }
        return i;
    }

    public static int rindex(String s, boolean bmp, String sub, long start, long end) {
        int i = rfind(s, bmp, sub, start, end);
        if (i < 0) {
            throw TextError.valueError("substring not found");
        }
        return i;
    }

    /** str.count: non-overlapping occurrences of sub in s[start:end]. */
    public static int count(String s, boolean bmp, String sub, long start, long end) {
        int[] r = adjustIndices(start, end, length(s, bmp));
        if (r[1] < r[0]) {
            return 0;
        }
        if (sub.isEmpty()) {
            return r[1] - r[0] + 1;
        }
        return count(s, sub, charIndex(s, bmp, r[0]), charIndex(s, bmp, r[1]), Integer.MAX_VALUE);
    }

    /** Non-overlapping occurrences of a non-empty sub in s[from, to), at most max. */
    private static int count(String s, String sub, int from, int to, int max) {
        int n = 0;
        for (int i = indexOf(s, sub, from, to); i >= 0 && n < max; i = indexOf(s, sub, i + sub.length(), to)) {
            n++;
        }
        return n;
    }

    /** str.startswith; a tuple argument is given as several prefixes. */
    public static boolean startswith(String s, boolean bmp, String[] prefixes, long start, long end) {
        return tailMatch(s, bmp, prefixes, start, end, false);
    }

    /** str.endswith; a tuple argument is given as several suffixes. */
    public static boolean endswith(String s, boolean bmp, String[] suffixes, long start, long end) {
        return tailMatch(s, bmp, suffixes, start, end, true);
    }

    private static boolean tailMatch(String s, boolean bmp, String[] subs, long start, long end, boolean atEnd) {
        int[] r = adjustIndices(start, end, length(s, bmp));
        for (String sub : subs) {
            int subLen = length(sub, CodePoints.isBmp(sub));
            if (r[1] - subLen < r[0]) {
                continue;
            }
            int at = charIndex(s, bmp, atEnd ? r[1] - subLen : r[0]);
            if (regionMatches(s, at, sub)) {
                return true;
            }
        }
        return false;
    }

    // ----- padding ----------------------------------------------------------------------------

    /** The code point of a fill character argument, which must be a 1-character str. */
    private static int fillChar(String fill) {
        if (fill.isEmpty() || fill.length() > 2 || fill.codePointCount(0, fill.length()) != 1) {
            throw TextError.typeError("The fill character must be exactly one character long");
        }
        return fill.codePointAt(0);
    }

    /** pad(): left and right copies of fill around s. */
    private static String pad(String s, long left, long right, int fill) {
        long total = s.length() + (left + right) * Character.charCount(fill);
        if (total > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("str too long");
        }
        StringBuilder sb = new StringBuilder((int) total);
        for (long i = 0; i < left; i++) {
            sb.appendCodePoint(fill);
        }
        sb.append(s);
        for (long i = 0; i < right; i++) {
            sb.appendCodePoint(fill);
        }
        return sb.toString();
    }

    /** str.center(width, fillchar): CPython's split of the margin, left = marg/2 + (marg & width & 1). */
    public static String center(String s, boolean bmp, long width, String fill) {
        int f = fillChar(fill);
        int len = length(s, bmp);
        if (len >= width) {
            return s;
        }
        long marg = width - len;
        long left = marg / 2 + (marg & width & 1);
        return pad(s, left, marg - left, f);
    }

    public static String ljust(String s, boolean bmp, long width, String fill) {
        int f = fillChar(fill);
        int len = length(s, bmp);
        return len >= width ? s : pad(s, 0, width - len, f);
    }

    public static String rjust(String s, boolean bmp, long width, String fill) {
        int f = fillChar(fill);
        int len = length(s, bmp);
        return len >= width ? s : pad(s, width - len, 0, f);
    }

    /** str.zfill: zeros on the left, a leading sign moved in front of them. */
    public static String zfill(String s, boolean bmp, long width) {
        int len = length(s, bmp);
        if (len >= width) {
            return s;
        }
        String padded = pad(s, width - len, 0, '0');
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + padded.substring(1, (int) (width - len)) + "0" + s.substring(1);
        }
        return padded;
    }

    /** str.expandtabs: columns counted in code points; \n and \r restart the column. */
    public static String expandtabs(String s, int tabsize) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        long column = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - column % tabsize;
                    column += incr;
                    if (sb.length() + incr > Integer.MAX_VALUE - 8) {
                        throw TextError.overflowError("new string is too long");
                    }
                    sb.append(" ".repeat((int) incr));
                }
            } else {
                sb.append(c);
                if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))) {
                    column++; // one column per code point: the low half of a pair does not count
                }
                if (c == '\n' || c == '\r') {
                    column = 0;
                }
            }
        }
        return sb.toString();
    }

    // ----- stripping and affixes -------------------------------------------------------------

    /** str.strip(chars); chars null means whitespace. */
    public static String strip(String s, String chars) {
        return doStrip(s, chars, true, true);
    }

    public static String lstrip(String s, String chars) {
        return doStrip(s, chars, true, false);
    }

    public static String rstrip(String s, String chars) {
        return doStrip(s, chars, false, true);
    }

    private static boolean strippable(int cp, String chars) {
        if (chars == null) {
            return UnicodeDb.isSpace(cp);
        }
        return cp < Character.MIN_SUPPLEMENTARY_CODE_POINT ? indexOfCodePoint(chars, cp) : chars.indexOf(cp) >= 0;
    }

    /** A BMP code point of chars, not the half of one of its surrogate pairs. */
    private static boolean indexOfCodePoint(String chars, int cp) {
        for (int i = chars.indexOf(cp); i >= 0; i = chars.indexOf(cp, i + 1)) {
            if (!splitsPair(chars, i) && !splitsPair(chars, i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static String doStrip(String s, String chars, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (left) {
            while (i < j) {
                int cp = s.codePointAt(i);
                if (!strippable(cp, chars)) {
                    break;
                }
                i += Character.charCount(cp);
            }
        }
        if (right) {
            while (j > i) {
                int cp = s.codePointBefore(j);
                if (!strippable(cp, chars)) {
                    break;
                }
                j -= Character.charCount(cp);
            }
        }
        return s.substring(i, j);
    }

    public static String removeprefix(String s, String prefix) {
        return regionMatches(s, 0, prefix) ? s.substring(prefix.length()) : s;
    }

    public static String removesuffix(String s, String suffix) {
        int at = s.length() - suffix.length();
        return !suffix.isEmpty() && at >= 0 && regionMatches(s, at, suffix) ? s.substring(0, at) : s;
    }

    // ----- joining, replacing, translating -----------------------------------------------------

    /** sep.join(items); the object model has checked that every item is a str. */
    public static String join(String sep, String[] items) {
        return String.join(sep, items);
    }

    /** str.replace(old, new, count); count -1 means all. */
    public static String replace(String s, String old, String replacement, long count) {
        long max = count < 0 ? Long.MAX_VALUE : count;
        if (max == 0) {
            return s;
        }
        if (old.isEmpty()) {
            return insertEverywhere(s, replacement, max);
        }
        if (count < 0 && !CodePoints.isRisky(old)) {
            // every occurrence, none of which can split a surrogate pair: the JDK's own replace
            // (one pass over the bytes; a char for a char is a plain map)
            return old.length() == 1 && replacement.length() == 1 ? s.replace(old.charAt(0), replacement.charAt(0))
                    : s.replace(old, replacement);
        }
        int i = indexOf(s, old, 0, s.length());
        if (i < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + Math.max(0, replacement.length() - old.length()) * 4);
        int from = 0;
        for (long n = 0; i >= 0 && n < max; n++) {
            sb.append(s, from, i).append(replacement);
            from = i + old.length();
            i = indexOf(s, old, from, s.length());
        }
        return sb.append(s, from, s.length()).toString();
    }

    /** replace with an empty old: new before each of the first max code points (and at the end). */
    private static String insertEverywhere(String s, String replacement, long max) {
        StringBuilder sb = new StringBuilder(s.length() + replacement.length() * (s.length() + 1));
        long n = 0;
        int i = 0;
        while (i < s.length() && n < max) {
            sb.append(replacement);
            n++;
            int next = i + Character.charCount(s.codePointAt(i));
            sb.append(s, i, next);
            i = next;
        }
        if (i < s.length()) {
            sb.append(s, i, s.length());
        } else if (n < max) {
            sb.append(replacement);
        }
        return sb.toString();
    }

    /**
     * str.translate: table gives, for a code point, its replacement text (a str, chr(int), or ""
     * for None), or null to keep the character (the mapping raised LookupError).
     */
    public static String translate(String s, IntFunction<String> table) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            String r = table.apply(cp);
            if (r == null) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(r);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** The text an int value of a translate table stands for, checked as CPython's charmaptranslate. */
    public static String translateCodePoint(long value) {
        if (value < 0 || value > UnicodeDb.MAX_CODE_POINT) {
            throw TextError.valueError("character mapping must be in range(0x110000)");
        }
        return new String(Character.toChars((int) value));
    }

    /**
     * str.maketrans(x, y[, z]) for two or three str arguments: ord(x[i]) to ord(y[i]), then each
     * character of z to None (a null value). Insertion order is the dict's order.
     */
    public static LinkedHashMap<Integer, Integer> maketrans(String x, String y, String z) {
        int[] from = x.codePoints().toArray();
        int[] to = y.codePoints().toArray();
        if (from.length != to.length) {
            throw TextError.valueError("the first two maketrans arguments must have equal length");
        }
        LinkedHashMap<Integer, Integer> table = new LinkedHashMap<>();
        for (int i = 0; i < from.length; i++) {
            table.put(from[i], to[i]);
        }
        if (z != null) {
            z.codePoints().forEach(cp -> table.put(cp, null));
        }
        return table;
    }

    /** The int key of a str key of str.maketrans's one dict argument. */
    public static int maketransKey(String key) {
        if (key.isEmpty() || key.codePointCount(0, key.length()) != 1) {
            throw TextError.valueError("string keys in translate table must be of length 1");
        }
        return key.codePointAt(0);
    }

    // ----- splitting --------------------------------------------------------------------------

    /** str.split(sep, maxsplit); sep null splits on whitespace runs; maxsplit -1 means no limit. */
    public static List<String> split(String s, String sep, long maxsplit) {
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        return sep == null ? splitWhitespace(s, max) : splitSep(s, checkSep(sep), max);
    }

    /** str.rsplit(sep, maxsplit): as split, but the splits are made from the right. */
    public static List<String> rsplit(String s, String sep, long maxsplit) {
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        return sep == null ? rsplitWhitespace(s, max) : rsplitSep(s, checkSep(sep), max);
    }

    private static String checkSep(String sep) {
        if (sep.isEmpty()) {
            throw TextError.valueError("empty separator");
        }
        return sep;
    }

    // Whitespace is always BMP, so the whitespace scans may step over chars: a surrogate is never
    // whitespace and a pair is never cut.
    private static List<String> splitWhitespace(String s, long max) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (max-- > 0) {
            while (i < n && UnicodeDb.isSpace(s.charAt(i))) {
                i++;
            }
            if (i == n) {
                return out;
            }
            int j = i;
            while (i < n && !UnicodeDb.isSpace(s.charAt(i))) {
                i++;
            }
            out.add(s.substring(j, i));
        }
        while (i < n && UnicodeDb.isSpace(s.charAt(i))) {
            i++;
        }
        if (i < n) {
            out.add(s.substring(i));
        }
        return out;
    }

    private static List<String> rsplitWhitespace(String s, long max) {
        List<String> out = new ArrayList<>();
        int i = s.length();
        while (max-- > 0) {
            while (i > 0 && UnicodeDb.isSpace(s.charAt(i - 1))) {
                i--;
            }
            if (i == 0) {
                return reversed(out);
            }
            int j = i;
            while (i > 0 && !UnicodeDb.isSpace(s.charAt(i - 1))) {
                i--;
            }
            out.add(s.substring(i, j));
        }
        while (i > 0 && UnicodeDb.isSpace(s.charAt(i - 1))) {
            i--;
        }
        if (i > 0) {
            out.add(s.substring(0, i));
        }
        return reversed(out);
    }

    private static List<String> splitSep(String s, String sep, long max) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (; max > 0; max--) {
            int at = indexOf(s, sep, from, s.length());
            if (at < 0) {
                break;
            }
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    private static List<String> rsplitSep(String s, String sep, long max) {
        List<String> out = new ArrayList<>();
        int to = s.length();
        for (; max > 0; max--) {
            int at = lastIndexOf(s, sep, 0, to);
            if (at < 0) {
                break;
            }
            out.add(s.substring(at + sep.length(), to));
            to = at;
        }
        out.add(s.substring(0, to));
        return reversed(out);
    }

    private static List<String> reversed(List<String> list) {
        java.util.Collections.reverse(list);
        return list;
    }

    /** str.splitlines: every Unicode line boundary, \r\n as one. */
    public static List<String> splitlines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !UnicodeDb.isLineBreak(s.charAt(i))) {
                i++;
            }
            int eol = i;
            if (i < n) {
                i += s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
                if (keepends) {
                    eol = i;
                }
            }
            out.add(s.substring(j, eol));
        }
        return out;
    }

    /** str.partition: {head, sep, tail}, or {s, "", ""} when sep is absent. */
    public static String[] partition(String s, String sep) {
        int at = indexOf(s, checkSep(sep), 0, s.length());
        if (at < 0) {
            return new String[] {s, "", ""};
        }
        return new String[] {s.substring(0, at), sep, s.substring(at + sep.length())};
    }

    /** str.rpartition: {head, sep, tail}, or {"", "", s} when sep is absent. */
    public static String[] rpartition(String s, String sep) {
        int at = lastIndexOf(s, checkSep(sep), 0, s.length());
        if (at < 0) {
            return new String[] {"", "", s};
        }
        return new String[] {s.substring(0, at), sep, s.substring(at + sep.length())};
    }
}
