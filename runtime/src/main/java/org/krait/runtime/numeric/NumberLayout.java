package org.krait.runtime.numeric;

/**
 * Lays a formatted number out in its field, as formatter_unicode.c's calc_number_widths and
 * fill_number do:
 *
 * <pre>  [lpadding] [sign] [prefix] [spadding] [grouped digits] [decimal point] [remainder] [rpadding]</pre>
 *
 * With fill '0' and '=' alignment the padding goes into the digits as zeros, and is grouped
 * like them (format(1234, '010,') is '00,001,234').
 */
final class NumberLayout {
    private NumberLayout() {
    }

    /**
     * Appends one number. signChar is '-' for a negative number, else 0; prefix is "0x" and the
     * like; digits are the integer digits; remainder follows the decimal point (or is the
     * exponent or "inf"). upper upper-cases prefix and digits (the 'X' type).
     */
    static void append(StringBuilder out, FormatSpec spec, char signChar, CharSequence prefix, CharSequence digits,
            boolean hasDecimal, CharSequence remainder, boolean upper) {
        char sign = 0;
        if (spec.sign == '+') {
            sign = signChar == '-' ? '-' : '+';
        } else if (spec.sign == ' ') {
            sign = signChar == '-' ? '-' : ' ';
        } else if (signChar == '-') {
            sign = '-';
        }
        // Widths count code points: the remainder of 'c' may be a non-BMP character.
        long nonDigits = (sign != 0 ? 1 : 0) + prefix.length() + (hasDecimal ? 1 : 0)
                + Character.codePointCount(remainder, 0, remainder.length());
        long minWidth = spec.fill == '0' && spec.align == '=' ? spec.width - nonDigits : 0;
        int groupSize;
        char separator;
        switch (spec.type == 'n' ? FormatSpec.LT_CURRENT_LOCALE : spec.grouping) {
            case FormatSpec.LT_DEFAULT_LOCALE:
                groupSize = 3;
                separator = ',';
                break;
            case FormatSpec.LT_UNDERSCORE_LOCALE:
                groupSize = 3;
                separator = '_';
                break;
            case FormatSpec.LT_UNDER_FOUR_LOCALE:
                groupSize = 4;
                separator = '_';
                break;
            default: // none, or the C locale of the 'n' type: no grouping, '.' as the point
                groupSize = 0;
                separator = 0;
                break;
        }
        String grouped = digits.length() == 0 ? "" : group(digits, minWidth, groupSize, separator);
        long padding = spec.width - (nonDigits + grouped.length());
        long lpad = 0;
        long spad = 0;
        long rpad = 0;
        if (padding > 0) {
            switch (spec.align) {
                case '<':
                    rpad = padding;
                    break;
                case '^':
                    lpad = padding / 2;
                    rpad = padding - lpad;
                    break;
                case '=':
                    spad = padding;
                    break;
                default:
                    lpad = padding;
                    break;
            }
        }
        ensureRoom(out, spec.width);
        fill(out, spec.fill, lpad);
        if (sign != 0) {
            out.append(sign);
        }
        appendMaybeUpper(out, prefix, upper);
        fill(out, spec.fill, spad);
        appendMaybeUpper(out, grouped, upper);
        if (hasDecimal) {
            out.append('.');
        }
        out.append(remainder);
        fill(out, spec.fill, rpad);
    }

    /**
     * The digits with separators every groupSize (0: none), zero-padded on the left to at least
     * minWidth characters, as _PyUnicode_InsertThousandsGrouping with a repeating grouping.
     */
    static String group(CharSequence digits, long minWidth, int groupSize, char separator) {
        int n = digits.length();
        minWidth = Math.max(0, minWidth);
        if (groupSize == 0) {
            if (minWidth <= n) {
                return digits.toString();
            }
            ensureRoom(null, minWidth);
            StringBuilder sb = new StringBuilder((int) minWidth);
            fill(sb, '0', minWidth - n);
            return sb.append(digits).toString();
        }
        ensureRoom(null, Math.max(minWidth, n + n / groupSize));
        // Built right to left, then reversed.
        StringBuilder sb = new StringBuilder((int) Math.max(minWidth, n + n / groupSize) + 1);
        int remaining = n;
        int pos = n;
        boolean useSeparator = false;
        while (true) {
            long len = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
            long zeros = Math.max(0, len - remaining);
            int chars = (int) Math.max(0, Math.min(remaining, len));
            if (useSeparator) {
                sb.append(separator);
            }
            for (int i = 0; i < chars; i++) {
                sb.append(digits.charAt(--pos));
            }
            fill(sb, '0', zeros);
            useSeparator = true;
            remaining -= chars;
            minWidth -= len;
            if (remaining <= 0 && minWidth <= 0) {
                break;
            }
            minWidth -= 1;
        }
        return sb.reverse().toString();
    }

    private static void appendMaybeUpper(StringBuilder out, CharSequence s, boolean upper) {
        if (!upper) {
            out.append(s);
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c);
        }
    }

    static void fill(StringBuilder out, int cp, long count) {
        if (count <= 0) {
            return;
        }
        ensureRoom(out, count);
        if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (long i = 0; i < count; i++) {
                out.append((char) cp);
            }
        } else {
            for (long i = 0; i < count; i++) {
                out.appendCodePoint(cp);
            }
        }
    }

    /** A field too wide for a Java string: CPython would fail to allocate it, a MemoryError. */
    static void ensureRoom(StringBuilder out, long more) {
        long have = out == null ? 0 : out.length();
        if (more > Integer.MAX_VALUE - 16 - have) {
            throw new OutOfMemoryError("format width too big");
        }
    }
}
