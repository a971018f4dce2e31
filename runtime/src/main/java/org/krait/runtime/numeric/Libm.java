package org.krait.runtime.numeric;

/**
 * The C math library as CPython 3.12 on Linux gets it from glibc, for the math module and
 * complex arithmetic. Where glibc is correctly rounded in all but the rarest cases (exp, log,
 * exp2, log2, pow, hypot, atan, asin, acos, atan2) we round once from about 100 bits; where it
 * keeps fdlibm's methods (log10, sinh, cosh, tanh, asinh, acosh, atanh, expm1, log1p) we follow
 * those methods over the correctly rounded kernels, so that the roundings agree; cbrt and erf
 * follow glibc's own methods (see {@link LibmErf}). sin, cos and tan are the JDK's, which agree
 * with glibc's on all but about 0.2% of arguments. Special values follow C99 Annex F; none of
 * these functions raise: callers decide errors from the results, as mathmodule.c does.
 */
public final class Libm {
    private static final double LN2 = 0.6931471805599453;
    /** Where sinh and cosh overflow: 0x408633CE8FB9F87D. */
    private static final double OVERFLOW_THRESHOLD = 710.4758600739439;

    private Libm() {
    }

    public static double exp(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? x : 0.0;
        }
        return CorrectPow.exp(x);
    }

    public static double exp2(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? x : 0.0;
        }
        return CorrectPow.exp2(x);
    }

    /** Whether x is in a logarithm's ordinary domain: finite and positive. */
    private static boolean ordinaryLog(double x) {
        return x > 0 && x < Double.POSITIVE_INFINITY;
    }

    /** A logarithm's value outside its ordinary domain: -inf at 0, inf at inf, nan below 0 and for nan. */
    private static double logSpecial(double x) {
        return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 ? x : Double.NaN;
    }

    /** ln(x). */
    public static double log(double x) {
        return ordinaryLog(x) ? CorrectPow.log(x) : logSpecial(x);
    }

    public static double log2(double x) {
        return ordinaryLog(x) ? CorrectPow.log2(x) : logSpecial(x);
    }

    /**
     * log10 by fdlibm's method, which glibc keeps: with x = 2**n * m (n + 1 when n < 0, so that
     * m is in [1, 2) or [1/2, 1)), n*log10(2)_hi + (n*log10(2)_lo + log(m)/ln 10).
     */
    public static double log10(double x) {
        if (!ordinaryLog(x)) {
            return logSpecial(x);
        }
        final double log10of2hi = Double.longBitsToDouble(0x3FD34413509F6000L);
        final double log10of2lo = Double.longBitsToDouble(0x3D59FEF311F12B36L);
        final double invLn10 = Double.longBitsToDouble(0x3FDBCB7B1526E50EL);
        int n = Math.getExponent(x);
        if (n == Double.MIN_EXPONENT - 1) {
            n = Math.getExponent(x * 0x1p54) - 54; // subnormal
        }
        if (n < 0) {
            n++;
        }
        double m = Math.scalb(x, -n);
        double z = n * log10of2lo + invLn10 * log(m);
        return z + n * log10of2hi;
    }

    public static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    public static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    public static double sin(double x) {
        return Math.sin(x);
    }

    public static double cos(double x) {
        return Math.cos(x);
    }

    public static double tan(double x) {
        return Math.tan(x);
    }

    public static double atan(double x) {
        return LibmTrig.atan(x);
    }

    public static double atan2(double y, double x) {
        return LibmTrig.atan2(y, x);
    }

    public static double asin(double x) {
        return LibmTrig.asin(x);
    }

    public static double acos(double x) {
        return LibmTrig.acos(x);
    }

    /** x ** y with C's special cases; an overflow is inf, never an error. */
    public static double pow(double x, double y) {
        if (FloatMath.powIsComplex(x, y)) {
            return Double.NaN;
        }
        if (x == 0 && y < 0) {
            return FloatMath.isOddInteger(y) ? Math.copySign(Double.POSITIVE_INFINITY, x)
                    : Double.POSITIVE_INFINITY;
        }
        try {
            return FloatMath.pow(x, y);
        } catch (NumericError e) {
            // the overflow error of float pow: the C result is a signed infinity
            return x < 0 && FloatMath.isOddInteger(y) ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
    }

    /**
     * hypot as glibc 2.35+ computes it: the larger and smaller magnitudes scaled by 2**-600 or
     * 2**600 when extreme, and sqrt(ax*ax + ay*ay) corrected once by Borges' method ("An Improved
     * Algorithm for hypot(a,b)", 2019, MyHypot3); the result is within 0.8 ulp, not always the
     * correctly rounded one.
     */
    public static double hypot(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return Double.isInfinite(x) || Double.isInfinite(y) ? Double.POSITIVE_INFINITY : x + y;
        }
        x = Math.abs(x);
        y = Math.abs(y);
        double ax = Math.max(x, y);
        double ay = Math.min(x, y);
        final double scale = 0x1p-600;
        final double eps = 0x1p-54;
        if (ax > 0x1p511) {
            if (ay <= ax * eps) {
                return ax + ay;
            }
            return hypotKernel(ax * scale, ay * scale) / scale;
        }
        if (ay < 0x1p-459) {
            if (ax >= ay / eps) {
                return ax + ay;
            }
            return hypotKernel(ax / scale, ay / scale) * scale;
        }
        if (ay <= ax * eps) {
            return ax + ay;
        }
        return hypotKernel(ax, ay);
    }

    /** The Borges correction of sqrt(ax*ax + ay*ay), for ax >= ay whose squares neither overflow nor vanish. */
    private static double hypotKernel(double ax, double ay) {
        double h = Math.sqrt(ax * ax + ay * ay);
        double t1;
        double t2;
        if (h <= 2.0 * ay) {
            double delta = h - ay;
            t1 = ax * (2.0 * delta - ax);
            t2 = (delta - 2.0 * (ax - ay)) * delta;
        } else {
            double delta = h - ax;
            t1 = 2.0 * delta * (ax - 2.0 * ay);
            t2 = (4.0 * delta - ay) * ay + delta * delta;
        }
        return h - (t1 + t2) / (2.0 * h);
    }

    /** sinh by fdlibm's method (expm1 near zero, exp beyond 22, halved exp near overflow). */
    public static double sinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        double a = Math.abs(x);
        if (a < 22) {
            if (a < 0x1p-28) {
                return x;
            }
            double t = expm1(a);
            if (a < 1) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (highWord(a) < 0x40862E42) { // below log(Double.MAX_VALUE)
            return h * exp(a);
        }
        if (a <= OVERFLOW_THRESHOLD) {
            double w = exp(0.5 * a);
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307 * 1.0e307;
    }

    /** cosh by fdlibm's method. */
    public static double cosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 22) {
            if (highWord(a) < 0x3fd62e43) { // |x| < ln2 / 2
                if (a < 0x1p-55) {
                    return 1.0;
                }
                double t = expm1(a);
                double w = 1.0 + t;
                return 1.0 + (t * t) / (w + w);
            }
            double t = exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (highWord(a) < 0x40862E42) { // below log(Double.MAX_VALUE)
            return 0.5 * exp(a);
        }
        if (a <= OVERFLOW_THRESHOLD) {
            double w = exp(0.5 * a);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    public static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    /** asinh by fdlibm's method. */
    public static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double a = Math.abs(x);
        double w;
        if (a < 0x1p-28) {
            return x;
        } else if (a > 0x1p28) {
            w = log(a) + LN2;
        } else if (a > 2) {
            w = log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        } else {
            double t = x * x;
            w = log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return x > 0 ? w : -w;
    }

    /** acosh by fdlibm's method: nan below 1. */
    public static double acosh(double x) {
        if (Double.isNaN(x) || x < 1) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : log(x) + LN2;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x > 2) {
            double t = x * x;
            return log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    /** atanh by fdlibm's method: nan beyond 1, infinite at 1. */
    public static double atanh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || a > 1) {
            return Double.NaN;
        }
        if (a == 1) {
            return x / 0.0;
        }
        double t;
        if (a < 0.5) {
            if (a < 0x1p-28) {
                return x;
            }
            t = a + a;
            t = 0.5 * log1p(t + t * a / (1.0 - a));
        } else {
            t = 0.5 * log1p((a + a) / (1.0 - a));
        }
        return Math.copySign(t, x);
    }

    /**
     * cbrt by glibc's method (sysdeps/ieee754/dbl-64/s_cbrt.c): a polynomial guess for the
     * significand in [1/2, 1), one Halley step, the cube root of 2**(e mod 3), then the exponent.
     */
    public static double cbrt(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x + x;
        }
        int[] e = new int[1];
        double xm = frexp(Math.abs(x), e);
        int xe = e[0];
        double u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287
                + ((2.44693122563534430 + ((-1.83469277483613086 + (0.784932344976639262
                - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
        double t2 = u * u * u;
        final double cbrt2 = 1.2599210498948731648;
        final double sqrCbrt2 = 1.5874010519681994748;
        double[] factor = {1.0 / sqrCbrt2, 1.0 / cbrt2, 1.0, cbrt2, sqrCbrt2};
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor[2 + xe % 3];
        return Math.scalb(x > 0 ? ym : -ym, xe / 3);
    }

    /** C frexp for finite nonzero x: x = m * 2**e with 0.5 <= |m| < 1. */
    public static double frexp(double x, int[] exp) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            exp[0] = 0;
            return x;
        }
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            x *= 0x1p54;
            e = Math.getExponent(x) - 54;
            exp[0] = e + 1;
            return Math.scalb(x, -(Math.getExponent(x)) - 1);
        }
        exp[0] = e + 1;
        return Math.scalb(x, -e - 1);
    }

    public static double erf(double x) {
        return LibmErf.erf(x);
    }

    public static double erfc(double x) {
        return LibmErf.erfc(x);
    }

    static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }
}
