package org.krait.runtime.numeric;

import java.math.BigInteger;

import org.krait.compiler.ast.ConstantRepr;

/**
 * float from and to text other than repr: {@code float(str)} (PyFloat_FromString),
 * {@code float.hex()} and {@code float.fromhex()} (Objects/floatobject.c).
 */
public final class FloatText {
    /** float('-nan'): CPython keeps the sign bit (visible through math.copysign). */
    private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    private FloatText() {
    }

    /**
     * float(text): Unicode digits and spaces as their ASCII forms, surrounding whitespace,
     * underscores only between digits, a sign, then a decimal (correctly rounded; overflow gives
     * inf) or inf / infinity / nan in any case.
     */
    public static double parse(String text) {
        String s = IntText.toAscii(text);
        int start = 0;
        int end = s.length();
        while (start < end && IntText.isAsciiSpace(s.charAt(start))) {
            start++;
        }
        while (end > start + 1 && IntText.isAsciiSpace(s.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw cannotConvert(text);
        }
        String body = s.substring(start, end);
        if (body.indexOf('_') >= 0) {
            body = removeUnderscores(body, () -> cannotConvert(text));
        }
        int i = 0;
        int n = body.length();
        boolean negative = false;
        if (i < n && (body.charAt(i) == '+' || body.charAt(i) == '-')) {
            negative = body.charAt(i) == '-';
            i++;
        }
        String rest = body.substring(i);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) {
            return negative ? NEGATIVE_NAN : Double.NaN;
        }
        // [digits][.digits] with at least one digit, then an optional exponent with digits.
        int digits = 0;
        while (i < n && isDigit(body.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && body.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(body.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            throw cannotConvert(text);
        }
        if (i < n && (body.charAt(i) == 'e' || body.charAt(i) == 'E')) {
            i++;
            if (i < n && (body.charAt(i) == '+' || body.charAt(i) == '-')) {
                i++;
            }
            int expStart = i;
            while (i < n && isDigit(body.charAt(i))) {
                i++;
            }
            if (i == expStart) {
                throw cannotConvert(text);
            }
        }
        if (i != n) {
            throw cannotConvert(text);
        }
        return Double.parseDouble(body); // correctly rounded, as dtoa's strtod
    }

    /**
     * _Py_string_to_number_with_underscores: an underscore must sit between two digits; the
     * text without them, else the error for the number type being read.
     */
    static String removeUnderscores(String s, java.util.function.Supplier<NumericError> error) {
        StringBuilder sb = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!isDigit(prev)) {
                    throw error.get();
                }
            } else {
                if (prev == '_' && !isDigit(c)) {
                    throw error.get();
                }
                sb.append(c);
            }
            prev = c;
        }
        if (prev == '_') {
            throw error.get();
        }
        return sb.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static NumericError cannotConvert(String text) {
        return NumericError.valueError("could not convert string to float: " + org.krait.compiler.unicode.StringRepr.str(text));
    }

    // ---- float.hex and float.fromhex ----------------------------------------------------------

    /** float.hex(): "0x1.8000000000000p+1", "-0x0.0p+0", "0x0.0000000000001p-1022", "inf". */
    public static String hex(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return FloatRepr.repr(x);
        }
        long bits = Double.doubleToRawLongBits(x);
        String sign = bits < 0 ? "-" : "";
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        int biased = (int) (bits >>> 52) & 0x7ff;
        long fraction = bits & ((1L << 52) - 1);
        int exp = biased == 0 ? -1022 : biased - 1023;
        String frac = Long.toHexString(fraction | 1L << 52).substring(1); // 13 digits
        return sign + "0x" + (biased == 0 ? '0' : '1') + "." + frac + "p" + (exp < 0 ? "-" : "+") + Math.abs(exp);
    }

    /**
     * float.fromhex(text): [ws] [sign] ([0x] hexdigits [. hexdigits] [p [sign] digits] | inf |
     * infinity | nan) [ws], correctly rounded (ties to even).
     */
    public static double fromHex(String text) {
        String s = text;
        int n = s.length();
        int i = 0;
        while (i < n && IntText.isAsciiSpace(s.charAt(i))) {
            i++;
        }
        double x;
        int special = infOrNanPrefix(s, i);
        if (special > i) {
            x = specialValue(s, i);
            i = special;
        } else {
            boolean negative = false;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                negative = s.charAt(i) == '-';
                i++;
            }
            if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
                i += 2;
            }
            StringBuilder digits = new StringBuilder();
            int fractionDigits = 0;
            while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) {
                digits.append(s.charAt(i++));
            }
            if (i < n && s.charAt(i) == '.') {
                i++;
                while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) {
                    digits.append(s.charAt(i++));
                    fractionDigits++;
                }
            }
            if (digits.length() == 0) {
                throw invalidHex();
            }
            long exp = 0;
            if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
                i++;
                boolean expNegative = false;
                if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                    expNegative = s.charAt(i) == '-';
                    i++;
                }
                if (i >= n || !isDigit(s.charAt(i))) {
                    throw invalidHex();
                }
                while (i < n && isDigit(s.charAt(i))) {
                    // strtol saturates; anything this large is already past every float.
                    exp = Math.min(exp * 10 + (s.charAt(i) - '0'), 1L << 62);
                    i++;
                }
                if (expNegative) {
                    exp = -exp;
                }
            }
            BigInteger m = new BigInteger(digits.toString(), 16);
            if (m.signum() == 0) {
                x = 0.0;
            } else {
                x = FloatMath.roundScaled(m, false, exp - 4L * fractionDigits);
                if (Double.isInfinite(x)) {
                    throw NumericError.overflowError("hexadecimal value too large to represent as a float");
                }
            }
            if (negative) {
                x = -x;
            }
        }
        while (i < n && IntText.isAsciiSpace(s.charAt(i))) {
            i++;
        }
        if (i != n) {
            throw invalidHex();
        }
        return x;
    }

    /** _Py_parse_inf_or_nan: the end of [sign] inf[inity] | nan at i, or i when there is none. */
    private static int infOrNanPrefix(String s, int i) {
        int j = i;
        if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
            j++;
        }
        if (s.regionMatches(true, j, "inf", 0, 3)) {
            j += 3;
            if (s.regionMatches(true, j, "inity", 0, 5)) {
                j += 5;
            }
            return j;
        }
        if (s.regionMatches(true, j, "nan", 0, 3)) {
            return j + 3;
        }
        return i;
    }

    private static double specialValue(String s, int i) {
        boolean negative = s.charAt(i) == '-';
        int j = negative || s.charAt(i) == '+' ? i + 1 : i;
        if (Character.toLowerCase(s.charAt(j)) == 'i') {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return negative ? NEGATIVE_NAN : Double.NaN;
    }

    private static NumericError invalidHex() {
        return NumericError.valueError("invalid hexadecimal floating-point string");
    }
}
