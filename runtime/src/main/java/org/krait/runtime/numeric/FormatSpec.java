package org.krait.runtime.numeric;

import java.math.BigInteger;

/**
 * The format-spec mini-language of {@code format()}, {@code str.format} and f-strings:
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}, parsed as
 * Python/formatter_unicode.c's parse_internal_render_format_spec does, with its error texts, and
 * the {@code __format__} of int, float, complex and str built on it.
 *
 * <p>The entry points take the Python type name for error messages ("bool" for
 * {@code format(True, 'xx')}). An empty spec means {@code str(obj)}: for exact int, float,
 * complex and str the methods return that; for subclasses the caller must call {@code str()}
 * itself instead, since {@code __str__} may be overridden.
 */
public final class FormatSpec {
    /** Grouping, formatter_unicode.c's LocaleType: none, ',' by 3, '_' by 3, '_' by 4, locale. */
    static final int LT_NO_LOCALE = 0;
    static final int LT_DEFAULT_LOCALE = 1;
    static final int LT_UNDERSCORE_LOCALE = 2;
    static final int LT_UNDER_FOUR_LOCALE = 3;
    static final int LT_CURRENT_LOCALE = 4;

    /** The fill character (a code point), ' ' unless given. */
    public final int fill;
    /** One of {@code < > = ^}; the type's default when not given. */
    public final char align;
    /** The '#' option. */
    public final boolean alternate;
    /** '+', '-', ' ', or 0 when not given. */
    public final char sign;
    /** The 'z' option: coerce negative zero after rounding to positive. */
    public final boolean noNegativeZero;
    /** The minimum width, -1 when not given. */
    public final long width;
    /** One of the LT_ constants. */
    final int grouping;
    /** The precision, -1 when not given. */
    public final long precision;
    /** The presentation type (a code point), the type's default when not given. */
    public final int type;

    private FormatSpec(int fill, char align, boolean alternate, char sign, boolean noNegativeZero, long width,
            int grouping, long precision, int type) {
        this.fill = fill;
        this.align = align;
        this.alternate = alternate;
        this.sign = sign;
        this.noNegativeZero = noNegativeZero;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
    }

    /** The same spec with other padding and sign (for the parts of a complex number). */
    FormatSpec withPadding(int newFill, char newAlign, long newWidth, char newSign) {
        return new FormatSpec(newFill, newAlign, alternate, newSign, noNegativeZero, newWidth, grouping, precision,
                type);
    }

    /**
     * Parses a non-empty spec. defaultType is 'd' for int, 's' for str, 0 for float and complex;
     * defaultAlign is '>' for numbers and '<' for str. typeName is used in error texts.
     */
    public static FormatSpec parse(String spec, int defaultType, char defaultAlign, String typeName) {
        int[] cps = codePoints(spec);
        int end = cps.length;
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean alignSpecified = false;
        boolean fillSpecified = false;
        if (end - pos >= 2 && isAlign(cps[pos + 1])) {
            align = (char) cps[pos + 1];
            fill = cps[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cps[pos])) {
            align = (char) cps[pos];
            alignSpecified = true;
            pos++;
        }
        char sign = 0;
        if (end - pos >= 1 && (cps[pos] == ' ' || cps[pos] == '+' || cps[pos] == '-')) {
            sign = (char) cps[pos];
            pos++;
        }
        boolean noNeg0 = false;
        if (end - pos >= 1 && cps[pos] == 'z') {
            noNeg0 = true;
            pos++;
        }
        boolean alternate = false;
        if (end - pos >= 1 && cps[pos] == '#') {
            alternate = true;
            pos++;
        }
        // The special case for 0-padding (backwards compatible): only numbers get '=' for it.
        if (!fillSpecified && end - pos >= 1 && cps[pos] == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        int start = pos;
        long[] value = new long[1];
        pos = integer(cps, pos, value);
        long width = pos == start ? -1 : value[0];
        int grouping = LT_NO_LOCALE;
        if (end - pos > 0 && cps[pos] == ',') {
            grouping = LT_DEFAULT_LOCALE;
            pos++;
        }
        if (end - pos > 0 && cps[pos] == '_') {
            if (grouping != LT_NO_LOCALE) {
                throw NumericError.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = LT_UNDERSCORE_LOCALE;
            pos++;
        }
        if (end - pos > 0 && cps[pos] == ',' && grouping == LT_UNDERSCORE_LOCALE) {
            throw NumericError.valueError("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (end - pos > 0 && cps[pos] == '.') {
            pos++;
            start = pos;
            pos = integer(cps, pos, value);
            if (pos == start) {
                throw NumericError.valueError("Format specifier missing precision");
            }
            precision = value[0];
        }
        if (end - pos > 1) {
            throw NumericError.valueError("Invalid format specifier '" + spec + "' for object of type '"
                    + typeName + "'");
        }
        int type = defaultType;
        if (end - pos == 1) {
            type = cps[pos];
        }
        if (grouping != LT_NO_LOCALE) {
            switch (type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (grouping == LT_UNDERSCORE_LOCALE) {
                        grouping = LT_UNDER_FOUR_LOCALE; // every four digits in bin/oct/hex (PEP 515)
                        break;
                    }
                    throw invalidGrouping(grouping, type);
                default:
                    throw invalidGrouping(grouping, type);
            }
        }
        return new FormatSpec(fill, align, alternate, sign, noNeg0, width, grouping, precision, type);
    }

    /** The code points of spec (String.codePoints() streams, too slow for a spec per call). */
    private static int[] codePoints(String spec) {
        int n = spec.length();
        int[] cps = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            char c = spec.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(spec.charAt(i + 1))) {
                cps[count++] = Character.toCodePoint(c, spec.charAt(++i));
            } else {
                cps[count++] = c;
            }
        }
        return count == n ? cps : java.util.Arrays.copyOf(cps, count);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Reads decimal digits (any Unicode Nd digit, as Py_UNICODE_TODECIMAL) into value[0]. */
    private static int integer(int[] cps, int pos, long[] value) {
        long acc = 0;
        for (; pos < cps.length; pos++) {
            int cp = cps[pos];
            int digit;
            if (cp >= '0' && cp <= '9') {
                digit = cp - '0';
            } else if (cp < 128 || Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
                break;
            } else {
                digit = Character.digit(cp, 10);
            }
            if (acc > (Long.MAX_VALUE - digit) / 10) {
                throw NumericError.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + digit;
        }
        value[0] = acc;
        return pos;
    }

    private static NumericError invalidGrouping(int grouping, int type) {
        char spec = grouping == LT_UNDERSCORE_LOCALE ? '_' : ',';
        return NumericError.valueError("Cannot specify '" + spec + "' with " + quoteCode(type) + ".");
    }

    /** A presentation type in error texts: 'x', or '\x1234' outside printable ASCII. */
    static String quoteCode(int type) {
        if (type > 32 && type < 128) {
            return "'" + (char) type + "'";
        }
        return "'\\x" + Integer.toHexString(type) + "'";
    }

    static NumericError unknownType(int type, String typeName) {
        return NumericError.valueError("Unknown format code " + quoteCode(type) + " for object of type '"
                + typeName + "'");
    }

    // ---- the __format__ methods -------------------------------------------------------------

    /** int.__format__ for a value held as a long; see {@link #formatInt(BigInteger, String, String, int)}. */
    public static String formatInt(long v, String spec, String typeName, int maxStrDigits) {
        if (spec.isEmpty()) {
            return Long.toString(v);
        }
        return SpecFormatter.formatInt(v, parse(spec, 'd', '>', typeName), typeName, maxStrDigits);
    }

    /**
     * int.__format__ (and bool's). maxStrDigits is the interpreter's sys.get_int_max_str_digits()
     * (0: no limit), which applies to decimal output.
     */
    public static String formatInt(BigInteger v, String spec, String typeName, int maxStrDigits) {
        if (spec.isEmpty()) {
            return IntText.toDecimalString(v, maxStrDigits);
        }
        return SpecFormatter.formatInt(v, parse(spec, 'd', '>', typeName), typeName, maxStrDigits);
    }

    /** float.__format__. */
    public static String formatFloat(double v, String spec, String typeName) {
        if (spec.isEmpty()) {
            return FloatRepr.repr(v);
        }
        FormatSpec f = parse(spec, 0, '>', typeName);
        switch (f.type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                return SpecFormatter.formatFloat(v, f);
            default:
                throw unknownType(f.type, typeName);
        }
    }

    /** complex.__format__. */
    public static String formatComplex(double re, double im, String spec, String typeName) {
        if (spec.isEmpty()) {
            return FloatRepr.complexRepr(re, im);
        }
        FormatSpec f = parse(spec, 0, '>', typeName);
        switch (f.type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                return SpecFormatter.formatComplex(re, im, f);
            default:
                throw unknownType(f.type, typeName);
        }
    }

    /** str.__format__: width and precision count code points. */
    public static String formatStr(String s, String spec, String typeName) {
        if (spec.isEmpty()) {
            return s;
        }
        FormatSpec f = parse(spec, 's', '<', typeName);
        if (f.type != 's') {
            throw unknownType(f.type, typeName);
        }
        return SpecFormatter.formatStr(s, f);
    }
}
