package org.krait.runtime.numeric;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Python float arithmetic that Java's operators do not give (Objects/floatobject.c): floor
 * division and modulo with the sign of the divisor, pow with CPython's special cases and errors,
 * round() (half-even, and to ndigits through the correctly rounded decimal string), int(float),
 * is_integer and as_integer_ratio. Text conversions are in {@link FloatText}.
 */
public final class FloatMath {
    /** round(): beyond these ndigits x rounds to itself, or to a signed zero (floatobject.c). */
    private static final int NDIGITS_MAX = 323;
    private static final int NDIGITS_MIN = -308;
    private static final int ERANGE = 34;

    private FloatMath() {
    }

    // ---- floor division and modulo ------------------------------------------------------------

    /** v % w: the result has the sign of w (float_rem). */
    public static double mod(double v, double w) {
        if (w == 0) {
            throw NumericError.zeroDivisionError("float modulo");
        }
        return modNonZero(v, w);
    }

    private static double modNonZero(double v, double w) {
        double mod = v % w; // C fmod
        if (mod != 0) {
            if ((w < 0) != (mod < 0)) {
                mod += w;
            }
        } else {
            mod = Math.copySign(0.0, w);
        }
        return mod;
    }

    /** v // w (float_floor_div). */
    public static double floorDiv(double v, double w) {
        if (w == 0) {
            throw NumericError.zeroDivisionError("float floor division by zero");
        }
        return divmodNonZero(v, w)[0];
    }

    /** divmod(v, w): {v // w, v % w} (float_divmod). */
    public static double[] divmod(double v, double w) {
        if (w == 0) {
            throw NumericError.zeroDivisionError("float divmod()");
        }
        return divmodNonZero(v, w);
    }

    private static double[] divmodNonZero(double v, double w) {
        double mod = v % w;
        // v - mod is (nearly) a multiple of w; the division is exact or off by one ulp.
        double div = (v - mod) / w;
        if (mod != 0) {
            if ((w < 0) != (mod < 0)) {
                mod += w;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, w);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, v / w);
        }
        return new double[] {floordiv, mod};
    }

    /** v / w ("float division by zero"). */
    public static double trueDivide(double v, double w) {
        if (w == 0) {
            throw NumericError.zeroDivisionError("float division by zero");
        }
        return v / w;
    }

    // ---- pow ----------------------------------------------------------------------------------

    /**
     * Whether v ** w is complex in Python (a negative finite base and a non-integral finite
     * exponent): float_pow then hands over to complex pow, so the caller must too.
     */
    public static boolean powIsComplex(double v, double w) {
        return v < 0 && !Double.isInfinite(v) && !Double.isInfinite(w) && !Double.isNaN(w) && w != Math.floor(w);
    }

    /**
     * v ** w as float_pow: the special cases of C99 Annex F decided here (0 ** negative raises
     * ZeroDivisionError), and OverflowError (errno 34) when a finite result overflows. Call
     * {@link #powIsComplex} first: for those arguments this returns NaN.
     */
    public static double pow(double v, double w) {
        if (w == 0) {
            return 1.0;
        }
        if (Double.isNaN(v)) {
            return v;
        }
        if (Double.isNaN(w)) {
            return v == 1.0 ? 1.0 : w;
        }
        if (Double.isInfinite(w)) {
            double a = Math.abs(v);
            if (a == 1.0) {
                return 1.0;
            } else if ((w > 0) == (a > 1.0)) {
                return Double.POSITIVE_INFINITY;
            } else {
                return 0.0;
            }
        }
        if (Double.isInfinite(v)) {
            boolean odd = isOddInteger(w);
            if (w > 0) {
                return odd ? v : Math.abs(v);
            }
            return odd ? Math.copySign(0.0, v) : 0.0;
        }
        if (v == 0) {
            if (w < 0) {
                throw NumericError.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return isOddInteger(w) ? v : 0.0;
        }
        boolean negate = false;
        if (v < 0) {
            if (w != Math.floor(w)) {
                return Double.NaN; // complex: see powIsComplex
            }
            v = -v;
            negate = isOddInteger(w);
        }
        if (v == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double r = CorrectPow.pow(v, w);
        if (Double.isInfinite(r)) {
            throw new NumericError(NumericError.Kind.OVERFLOW_ERROR, ERANGE, "Numerical result out of range");
        }
        return negate ? -r : r;
    }

    static boolean isOddInteger(double w) {
        return Math.abs(w) < 0x1p53 && w == Math.floor(w) && ((long) w & 1) != 0;
    }

    // ---- rounding and conversion to int -------------------------------------------------------

    /** round(x) with no ndigits: the nearest integer, ties to even. */
    public static BigInteger round(double x) {
        return toInteger(Math.rint(x));
    }

    /** round(x, ndigits): x rounded through its correctly rounded decimal form (float___round__). */
    public static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        if (ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        DtoaDigits d = DtoaDigits.fixed(x, (int) ndigits);
        StringBuilder sb = new StringBuilder(d.length + 16);
        if (Double.doubleToRawLongBits(x) < 0) {
            sb.append('-');
        }
        sb.append('0').append(d.digits, 0, d.length).append('e').append(d.decpt - d.length);
        double rounded = Double.parseDouble(sb.toString());
        if (Double.isInfinite(rounded)) {
            throw NumericError.overflowError("rounded value too large to represent");
        }
        return rounded;
    }

    /** int(x): truncation toward zero. */
    public static BigInteger toInteger(double x) {
        if (Double.isNaN(x)) {
            throw NumericError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw NumericError.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(x) < 0x1p63) {
            return BigInteger.valueOf((long) x);
        }
        return new BigDecimal(x).toBigInteger();
    }

    /** float.is_integer(). */
    public static boolean isInteger(double x) {
        return !Double.isInfinite(x) && x == Math.floor(x);
    }

    /** float.as_integer_ratio(): {numerator, denominator} in lowest terms, denominator > 0. */
    public static BigInteger[] asIntegerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw NumericError.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(x)) {
            throw NumericError.valueError("cannot convert NaN to integer ratio");
        }
        if (x == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        long c = DoubleBits.significand(x);
        int q = DoubleBits.exponent(x);
        int tz = Long.numberOfTrailingZeros(c);
        c >>= tz;
        q += tz;
        BigInteger num = BigInteger.valueOf(x < 0 ? -c : c);
        if (q >= 0) {
            return new BigInteger[] {num.shiftLeft(q), BigInteger.ONE};
        }
        return new BigInteger[] {num, BigInteger.ONE.shiftLeft(-q)};
    }

    /**
     * m * 2**exp2 (m > 0; sticky: the true value is a little above that) rounded to the nearest
     * double, ties to even, subnormals included; +inf when it overflows.
     */
    static double roundScaled(BigInteger m, boolean sticky, long exp2) {
        int bits = m.bitLength();
        long e = bits - 1 + exp2;
        if (e > 1023) {
            return Double.POSITIVE_INFINITY;
        }
        if (e < -1076) {
            return 0.0; // below half the smallest subnormal
        }
        long lsbExp = Math.max(e - 52, -1074);
        long shift = lsbExp - exp2;
        if (shift <= 0) {
            return Math.scalb(m.doubleValue(), (int) exp2); // at most 53 bits: exact
        }
        BigInteger kept = m.shiftRight((int) shift);
        int lowest = m.getLowestSetBit();
        boolean halfBit = m.testBit((int) shift - 1);
        boolean below = lowest < shift - 1 || sticky;
        long k = kept.longValue();
        if (halfBit && (below || (k & 1) != 0)) {
            k++;
        }
        return Math.scalb((double) k, (int) lsbExp);
    }
}
