package org.krait.runtime.numeric;

/**
 * math.gamma and math.lgamma as CPython computes them itself (Modules/mathmodule.c m_tgamma,
 * m_lgamma): the Lanczos approximation with N = 13 and g = 6.024680040776729583740234375 as a
 * rational function, a correction for the rounding of x + g - 0.5, and the reflection formula
 * for negative x. Errors are math_1a's: ValueError "math domain error" at poles and for negative
 * integers, OverflowError "math range error" when the result overflows.
 */
public final class Gamma {
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    /** Numerator and denominator coefficients of the Lanczos sum (the same as Boost's). */
    private static final double[] NUM = {23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959, 35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390, 6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772, 248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640, 2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328, 8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291, 2.5066282746310002701649081771338373386264310793408};
    /** x * (x+1) * ... * (x+11) expanded. */
    private static final double[] DEN = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    /** (n-1)! for n = 1..23, exact in a double. */
    private static final double[] INTEGRAL = new double[23];
    private static final double PI = 3.141592653589793238462643383279502884197;
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;

    static {
        double f = 1.0;
        for (int i = 0; i < INTEGRAL.length; i++) {
            INTEGRAL[i] = f;
            f *= i + 1;
        }
    }

    private Gamma() {
    }

    /** sin(pi x) for finite x, accurate near the integers (reduces to [0, 2) first). */
    static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        double twice = 2.0 * y;
        int n = (int) Math.floor(twice);
        if (twice - n >= 0.5) {
            n++; // C round(): halves away from zero
        }
        double r;
        switch (n) {
            case 0:
                r = Libm.sin(PI * y);
                break;
            case 1:
                r = Libm.cos(PI * (y - 0.5));
                break;
            case 2:
                r = Libm.sin(PI * (1.0 - y)); // not -sin(pi*(y-1)): that is -0.0 at y = 1
                break;
            case 3:
                r = -Libm.cos(PI * (y - 1.5));
                break;
            default:
                r = Libm.sin(PI * (y - 2.0));
                break;
        }
        return Math.copySign(1.0, x) * r;
    }

    /** The Lanczos sum for x > 0, in 1/x beyond 5 so that it cannot overflow. */
    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = NUM.length - 1; i >= 0; i--) {
                num = num * x + NUM[i];
                den = den * x + DEN[i];
            }
        } else {
            for (int i = 0; i < NUM.length; i++) {
                num = num / x + NUM[i];
                den = den / x + DEN[i];
            }
        }
        return num / den;
    }

    private static NumericError domain() {
        return NumericError.valueError("math domain error");
    }

    private static NumericError range() {
        return NumericError.overflowError("math range error");
    }

    public static double gamma(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == Double.NEGATIVE_INFINITY || x == 0.0) {
            throw domain();
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                throw domain();
            }
            if (x <= INTEGRAL.length) {
                return INTEGRAL[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                throw range();
            }
            return r;
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinpi(x);
            }
            throw range();
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        // z: the rounding error of y, scaled to the correction factor 1 + z
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -PI / sinpi(absx) / absx * Libm.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Libm.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Libm.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Libm.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (Double.isInfinite(r)) {
            throw range();
        }
        return r;
    }

    public static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw domain();
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Libm.log(absx);
        }
        double r = Libm.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Libm.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOG_PI - Libm.log(Math.abs(sinpi(absx))) - Libm.log(absx) - r;
        }
        if (Double.isInfinite(r)) {
            throw range();
        }
        return r;
    }
}
