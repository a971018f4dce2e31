package org.krait.runtime.numeric;

/**
 * complex arithmetic as Objects/complexobject.c does it: Smith's division, pow by repeated
 * squaring for small integral exponents and by polar form otherwise, abs through hypot, and
 * complex(str) parsing. Values are {@code double[] {real, imag}}.
 */
public final class ComplexMath {
    private ComplexMath() {
    }

    /** a / b ("complex division by zero"). */
    public static double[] divide(double ar, double ai, double br, double bi) {
        double[] r = quotient(ar, ai, br, bi);
        if (r == null) {
            throw NumericError.zeroDivisionError("complex division by zero");
        }
        return r;
    }

    /** _Py_c_quot: Smith's method, dividing through by the larger part of b; null when b is 0. */
    private static double[] quotient(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br);
        double absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                return null;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        }
        if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[] {Double.NaN, Double.NaN}; // a part of b is a nan
    }

    /**
     * a ** b (complex_pow): an integral exponent up to 100 in size by repeated squaring, anything
     * else in polar form. ZeroDivisionError for 0 to a negative or complex power; OverflowError
     * when a part of the result is infinite.
     */
    public static double[] pow(double ar, double ai, double br, double bi) {
        double[] p;
        if (bi == 0.0 && br == Math.floor(br) && Math.abs(br) <= 100.0) {
            long n = (long) br;
            if (n > 0) {
                p = powUnsigned(ar, ai, n);
            } else {
                double[] d = powUnsigned(ar, ai, -n);
                p = quotient(1.0, 0.0, d[0], d[1]);
            }
        } else {
            p = polarPow(ar, ai, br, bi);
        }
        if (p == null) {
            throw NumericError.zeroDivisionError("0.0 to a negative or complex power");
        }
        if (Double.isInfinite(p[0]) || Double.isInfinite(p[1])) {
            throw NumericError.overflowError("complex exponentiation");
        }
        return p;
    }

    /** c_powu: x ** n for n >= 0 by binary powering with _Py_c_prod. */
    private static double[] powUnsigned(double xr, double xi, long n) {
        double rr = 1.0;
        double ri = 0.0;
        double pr = xr;
        double pi = xi;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return new double[] {rr, ri};
    }

    /**
     * _Py_c_pow: |a|**b.real / e**(arg(a) b.imag) at angle arg(a) b.real + b.imag ln|a|; null
     * where C's errno would be EDOM (0 to a negative or complex power, an infinite angle).
     */
    private static double[] polarPow(double ar, double ai, double br, double bi) {
        if (br == 0.0 && bi == 0.0) {
            return new double[] {1.0, 0.0};
        }
        if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) {
                return null;
            }
            return new double[] {0.0, 0.0};
        }
        double vabs = Libm.hypot(ar, ai);
        double len = Libm.pow(vabs, br);
        double at = Libm.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0) {
            len /= Libm.exp(at * bi);
            phase += bi * Libm.log(vabs);
        }
        if (Double.isInfinite(phase)) {
            return null; // cos and sin of an infinity set errno to EDOM, which complex_pow reports
        }
        return new double[] {len * Libm.cos(phase), len * Libm.sin(phase)};
    }

    /** abs(z) (_Py_c_abs): an infinite part wins over a nan; "absolute value too large" on overflow. */
    public static double abs(double re, double im) {
        if (Double.isInfinite(re) || Double.isInfinite(im)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(re) || Double.isNaN(im)) {
            return Double.NaN;
        }
        double r = Libm.hypot(re, im);
        if (Double.isInfinite(r)) {
            throw NumericError.overflowError("absolute value too large");
        }
        return r;
    }

    // ---- complex(str) -------------------------------------------------------------------------

    /**
     * complex(text) (complex_from_string_inner): optional parentheses and whitespace around one of
     * {@code <float>}, {@code <float>j}, {@code <float><signed float>j}, {@code <float><sign>j},
     * {@code <sign>j}, {@code j}; floats as float() reads them (inf, nan, underscores between
     * digits). Unicode digits and spaces count as their ASCII forms.
     */
    public static double[] parse(String text) {
        String s = IntText.toAscii(text);
        if (s.indexOf('_') >= 0) {
            s = FloatText.removeUnderscores(s, () -> cannotConvert(text));
        }
        int n = s.length();
        int i = 0;
        while (i < n && IntText.isAsciiSpace(s.charAt(i))) {
            i++;
        }
        boolean bracket = false;
        if (i < n && s.charAt(i) == '(') {
            bracket = true;
            i++;
            while (i < n && IntText.isAsciiSpace(s.charAt(i))) {
                i++;
            }
        }
        double x = 0.0;
        double y = 0.0;
        int end = floatPrefix(s, i);
        if (end != i) {
            double z = FloatText.parse(s.substring(i, end));
            i = end;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                x = z;
                end = floatPrefix(s, i);
                if (end != i) {
                    y = FloatText.parse(s.substring(i, end));
                    i = end;
                } else {
                    y = s.charAt(i) == '+' ? 1.0 : -1.0;
                    i++;
                }
                if (!isJ(s, i)) {
                    throw malformed();
                }
                i++;
            } else if (isJ(s, i)) {
                i++;
                y = z;
            } else {
                x = z;
            }
        } else {
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                y = s.charAt(i) == '+' ? 1.0 : -1.0;
                i++;
            } else {
                y = 1.0;
            }
            if (!isJ(s, i)) {
                throw malformed();
            }
            i++;
        }
        while (i < n && IntText.isAsciiSpace(s.charAt(i))) {
            i++;
        }
        if (bracket) {
            if (i >= n || s.charAt(i) != ')') {
                throw malformed();
            }
            i++;
            while (i < n && IntText.isAsciiSpace(s.charAt(i))) {
                i++;
            }
        }
        if (i != n) {
            throw malformed();
        }
        return new double[] {x, y};
    }

    private static boolean isJ(String s, int i) {
        return i < s.length() && (s.charAt(i) == 'j' || s.charAt(i) == 'J');
    }

    private static NumericError malformed() {
        return NumericError.valueError("complex() arg is a malformed string");
    }

    /**
     * The end of the longest float literal at i, as strtod reads it: a sign, then inf, infinity
     * or nan in any case, or digits with at most one point and an optional exponent; i if none.
     */
    static int floatPrefix(String s, int i) {
        int n = s.length();
        int j = i;
        if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
            j++;
        }
        for (String word : new String[] {"infinity", "inf", "nan"}) {
            if (s.regionMatches(true, j, word, 0, word.length())) {
                return j + word.length();
            }
        }
        int digits = 0;
        while (j < n && isDigit(s.charAt(j))) {
            j++;
            digits++;
        }
        if (j < n && s.charAt(j) == '.') {
            j++;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
                digits++;
            }
        }
        if (digits == 0) {
            return i;
        }
        if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                k++;
            }
            if (k < n && isDigit(s.charAt(k))) {
                while (k < n && isDigit(s.charAt(k))) {
                    k++;
                }
                j = k;
            }
        }
        return j;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static NumericError cannotConvert(String text) {
        return NumericError.valueError("could not convert string to complex: "
                + org.krait.compiler.unicode.StringRepr.str(text));
    }
}
