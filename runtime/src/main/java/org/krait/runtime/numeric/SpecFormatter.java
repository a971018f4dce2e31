package org.krait.runtime.numeric;

import java.math.BigInteger;

/**
 * The __format__ of int, float, complex and str for a parsed {@link FormatSpec}: the
 * format_long_internal, format_float_internal, format_complex_internal and format_string_internal
 * of Python/formatter_unicode.c.
 */
final class SpecFormatter {
    private SpecFormatter() {
    }

    static String formatInt(BigInteger v, FormatSpec spec, String typeName, int maxStrDigits) {
        switch (spec.type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return formatIntegral(v, spec, maxStrDigits);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloat(IntMath.toDouble(v), spec);
            default:
                throw FormatSpec.unknownType(spec.type, typeName);
        }
    }

    private static String formatIntegral(BigInteger v, FormatSpec spec, int maxStrDigits) {
        if (spec.precision != -1) {
            throw NumericError.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegativeZero) {
            throw NumericError.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        StringBuilder out = new StringBuilder();
        if (spec.type == 'c') {
            if (spec.sign != 0) {
                throw NumericError.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate) {
                throw NumericError.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.bitLength() > 63) {
                throw NumericError.overflowError("Python int too large to convert to C long");
            }
            long x = v.longValue();
            if (x < 0 || x > 0x10ffff) {
                throw NumericError.overflowError("%c arg not in range(0x110000)");
            }
            // As CPython does, the character is "remainder", so it is never grouped or zero-filled.
            NumberLayout.append(out, spec, (char) 0, "", "", false, new StringBuilder().appendCodePoint((int) x),
                    false);
            return out.toString();
        }
        String digits = IntText.digitsFor(spec.type, v.abs(), maxStrDigits);
        return layoutIntegral(spec, v.signum() < 0, digits);
    }

    /**
     * formatInt for a value that fits a long: the digits come from Long's conversions (a long
     * has far fewer decimal digits than any int_max_str_digits limit); other cases go the
     * BigInteger way, which also owns every error.
     */
    static String formatInt(long v, FormatSpec spec, String typeName, int maxStrDigits) {
        if (v != Long.MIN_VALUE && spec.precision == -1 && !spec.noNegativeZero) {
            switch (spec.type) {
                case 'b': case 'o': case 'x': case 'X': case 'd':
                    return layoutIntegral(spec, v < 0, IntText.digitsFor(spec.type, Math.abs(v)));
                default:
                    break;
            }
        }
        return formatInt(BigInteger.valueOf(v), spec, typeName, maxStrDigits);
    }

    /** An integer's digits (of type b, o, x, X, d or n) with sign, prefix and padding. */
    private static String layoutIntegral(FormatSpec spec, boolean negative, String digits) {
        String prefix;
        switch (spec.type) {
            case 'b':
                prefix = "0b";
                break;
            case 'o':
                prefix = "0o";
                break;
            case 'x': case 'X':
                prefix = "0x";
                break;
            default:
                prefix = "";
                break;
        }
        StringBuilder out = new StringBuilder(digits.length() + 8);
        NumberLayout.append(out, spec, negative ? '-' : 0, spec.alternate ? prefix : "", digits, false, "",
                spec.type == 'X');
        return out.toString();
    }

    /** The PyOS_double_to_string arguments that a float or complex format spec asks for. */
    private record Plan(char code, int precision, int flags) {
        String format(double v) {
            return FloatRepr.toString(v, code, precision, flags);
        }
    }

    /**
     * The code, precision and flags of format_float_internal / format_complex_internal. With no
     * type a float is repr-like and always shows a point (addDot0); a complex does not.
     */
    private static Plan plan(FormatSpec spec, char code, boolean addDot0) {
        if (spec.precision > Integer.MAX_VALUE) {
            throw NumericError.valueError("precision too big");
        }
        int precision = (int) spec.precision;
        int flags = 0;
        if (spec.alternate) {
            flags |= FloatRepr.ALT;
        }
        if (spec.noNegativeZero) {
            flags |= FloatRepr.NO_NEG_0;
        }
        int defaultPrecision = 6;
        if (code == 0) {
            // No type: repr without a precision, else 'g' (with at least one digit after the point).
            if (addDot0) {
                flags |= FloatRepr.ADD_DOT_0;
            }
            code = 'r';
            defaultPrecision = 0;
        }
        if (code == 'n') {
            code = 'g';
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (code == 'r') {
            code = 'g';
        }
        return new Plan(code, precision, flags);
    }

    static String formatFloat(double v, FormatSpec spec) {
        boolean percent = spec.type == '%';
        Plan plan = plan(spec, percent ? 'f' : (char) spec.type, true);
        String s = plan.format(percent ? v * 100 : v);
        if (percent) {
            s += '%';
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        appendFloatText(out, spec, s);
        return out.toString();
    }

    /** Splits a PyOS_double_to_string result into sign, digits, point and remainder, then lays it out. */
    private static void appendFloatText(StringBuilder out, FormatSpec spec, String s) {
        int i = 0;
        char signChar = 0;
        if (s.charAt(0) == '-') {
            signChar = '-';
            i = 1;
        }
        int digitsEnd = i;
        while (digitsEnd < s.length() && s.charAt(digitsEnd) >= '0' && s.charAt(digitsEnd) <= '9') {
            digitsEnd++;
        }
        boolean hasDecimal = digitsEnd < s.length() && s.charAt(digitsEnd) == '.';
        int remainderStart = hasDecimal ? digitsEnd + 1 : digitsEnd;
        NumberLayout.append(out, spec, signChar, "", s.subSequence(i, digitsEnd), hasDecimal,
                s.subSequence(remainderStart, s.length()), false);
    }

    static String formatComplex(double re, double im, FormatSpec spec) {
        if (spec.precision > Integer.MAX_VALUE) {
            throw NumericError.valueError("precision too big");
        }
        if (spec.fill == '0') {
            throw NumericError.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (spec.align == '=') {
            throw NumericError.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        // No type: like str(self), "(re+imj)" or "imj" for a +0.0 real part.
        boolean skipRe = spec.type == 0 && re == 0 && Double.doubleToRawLongBits(re) == 0;
        boolean parens = spec.type == 0 && !skipRe;
        Plan plan = plan(spec, (char) spec.type, false);
        String reText = plan.format(re);
        String imText = plan.format(im);
        // The parts are laid out unpadded; the padding goes around the whole.
        FormatSpec partSpec = spec.withPadding(0, '<', -1, spec.sign);
        StringBuilder body = new StringBuilder(reText.length() + imText.length() + 4);
        if (parens) {
            body.append('(');
        }
        if (!skipRe) {
            appendFloatText(body, partSpec, reText);
        }
        appendFloatText(body, skipRe ? partSpec : spec.withPadding(0, '<', -1, '+'), imText);
        body.append('j');
        if (parens) {
            body.append(')');
        }
        return pad(body, spec.width, spec.align, spec.fill);
    }

    static String formatStr(String s, FormatSpec spec) {
        if (spec.sign != 0) {
            throw NumericError.valueError(spec.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (spec.noNegativeZero) {
            throw NumericError.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate) {
            throw NumericError.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align == '=') {
            throw NumericError.valueError("'=' alignment not allowed in string format specifier");
        }
        long len = s.codePointCount(0, s.length());
        if ((spec.width == -1 || spec.width <= len) && (spec.precision == -1 || spec.precision >= len)) {
            return s;
        }
        CharSequence text = s;
        if (spec.precision >= 0 && len >= spec.precision) {
            text = s.substring(0, s.offsetByCodePoints(0, (int) spec.precision));
        }
        return pad(text, spec.width, spec.align, spec.fill);
    }

    /** calc_padding + fill_padding: text (code points counted) in a field of the given width. */
    private static String pad(CharSequence text, long width, char align, int fill) {
        long n = Character.codePointCount(text, 0, text.length());
        long total = width >= 0 && width > n ? width : n;
        long lpad;
        if (align == '>') {
            lpad = total - n;
        } else if (align == '^') {
            lpad = (total - n) / 2;
        } else {
            lpad = 0;
        }
        long rpad = total - n - lpad;
        if (lpad == 0 && rpad == 0) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder();
        NumberLayout.ensureRoom(out, total + text.length());
        NumberLayout.fill(out, fill, lpad);
        out.append(text);
        NumberLayout.fill(out, fill, rpad);
        return out.toString();
    }
}
