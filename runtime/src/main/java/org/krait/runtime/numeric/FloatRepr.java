package org.krait.runtime.numeric;

import org.krait.compiler.ast.FloatDigits;

/**
 * float to text: {@code float.__repr__} (== {@code str}) and CPython's
 * {@code PyOS_double_to_string} (Python/pystrtod.c), which every other float formatting
 * (format specs, %-formatting, complex repr) is built on.
 */
public final class FloatRepr {
    /** Py_DTSF_SIGN: always write a sign, also '+' for positive values and for inf and nan. */
    public static final int SIGN = 1;
    /** Py_DTSF_ADD_DOT_0: write ".0" after an integer that is not in exponent form ('r' and 'g'). */
    public static final int ADD_DOT_0 = 2;
    /** Py_DTSF_ALT: the '#' alternate form (keep the point and, for 'g', trailing zeros). */
    public static final int ALT = 4;
    /** Py_DTSF_NO_NEG_0: the 'z' option, a negative value that rounds to zero has no sign. */
    public static final int NO_NEG_0 = 8;

    private FloatRepr() {
    }

    /** repr(float) and str(float). The one implementation lives in the compiler (AST dump). */
    public static String repr(double v) {
        return FloatDigits.repr(v);
    }

    /**
     * repr(complex) (== str), Objects/complexobject.c complex_repr: "(re+imj)" with repr digits
     * and no ".0", or only "imj" when the real part is +0.0.
     */
    public static String complexRepr(double re, double im) {
        if (re == 0 && Double.doubleToRawLongBits(re) == 0) {
            return toString(im, 'r', 0, 0) + "j";
        }
        return "(" + toString(re, 'r', 0, 0) + toString(im, 'r', 0, SIGN) + "j)";
    }

    /**
     * {@code PyOS_double_to_string(v, code, precision, flags)}: code is one of e E f F g G
     * (precision as in '%.*e'), or 'r' (repr digits; precision must be 0). Upper-case codes give
     * "INF", "NAN" and "E".
     */
    public static String toString(double v, char code, int precision, int flags) {
        boolean upper = code == 'E' || code == 'F' || code == 'G';
        char lower = upper ? (char) (code + ('a' - 'A')) : code;
        StringBuilder sb = new StringBuilder(24);
        boolean negative = Double.doubleToRawLongBits(v) < 0;
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            // The sign of a nan is not shown; a requested sign still is (for complex).
            if (negative && !Double.isNaN(v)) {
                sb.append('-');
            } else if ((flags & SIGN) != 0) {
                sb.append('+');
            }
            sb.append(Double.isNaN(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            return sb.toString();
        }
        DtoaDigits d;
        switch (lower) {
            case 'e':
                precision++;
                d = DtoaDigits.significant(v, precision);
                break;
            case 'f':
                d = DtoaDigits.fixed(v, precision);
                break;
            case 'g':
                if (precision == 0) {
                    precision = 1;
                }
                d = DtoaDigits.significant(v, precision);
                break;
            case 'r':
                if (precision != 0) {
                    throw new IllegalArgumentException("precision must be 0 for 'r'");
                }
                d = DtoaDigits.shortest(v);
                break;
            default:
                throw new IllegalArgumentException("bad format code " + code);
        }
        if (negative && !((flags & NO_NEG_0) != 0 && d.isZero())) {
            sb.append('-');
        } else if ((flags & SIGN) != 0) {
            sb.append('+');
        }
        layout(sb, d, lower, precision, (flags & ADD_DOT_0) != 0, (flags & ALT) != 0, upper ? 'E' : 'e');
        return sb.toString();
    }

    /**
     * Lay out the digits as pystrtod.c's format_float_short does: a slice
     * vdigits[start:end] of the digits padded with zeros on both sides, a decimal point at decpt,
     * and an exponent when the code asks for one.
     */
    private static void layout(StringBuilder sb, DtoaDigits d, char code, int precision, boolean addDot0,
            boolean alt, char e) {
        int decpt = d.decpt;
        int n = d.length;
        int end = n;
        boolean useExp = false;
        switch (code) {
            case 'e':
                useExp = true;
                end = precision;
                break;
            case 'f':
                end = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    end = precision;
                }
                break;
            default: // 'r': exponent form outside [1e-4, 1e16)
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
                break;
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int start = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            end = Math.max(end, decpt + 1);
        } else {
            end = Math.max(end, decpt);
        }
        if (decpt <= 0) {
            zeros(sb, decpt - start);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -start);
        }
        if (0 < decpt && decpt <= n) {
            sb.append(d.digits, 0, decpt).append('.').append(d.digits, decpt, n - decpt);
        } else {
            sb.append(d.digits, 0, n);
        }
        if (n < decpt) {
            zeros(sb, decpt - n);
            sb.append('.');
            zeros(sb, end - decpt);
        } else {
            zeros(sb, end - n);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(e).append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
    }

    private static void zeros(StringBuilder sb, int count) {
        for (int i = 0; i < count; i++) {
            sb.append('0');
        }
    }
}
