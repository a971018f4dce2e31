package org.krait.runtime.numeric;

import java.math.BigInteger;

/**
 * x ** y rounded to nearest as CPython gets it from glibc's pow, which is correctly rounded in
 * all but vanishingly rare cases. Java's Math.pow and StrictMath.pow may be 1 ulp off (2.0 **
 * -0.5), so we compute log and exp in double-double arithmetic (about 100 bits) and round once:
 * exp(y * log(x)), log through a table of log(1 + i/64) and the atanh series, exp through
 * range reduction by ln 2 and 2**8, a Taylor polynomial and squaring. Results that can be exact
 * ties (an integer power of a short significand) are computed exactly instead.
 */
final class CorrectPow {
    private static final int TABLE_MIN = -19;
    private static final int TABLE_MAX = 27;
    private static final double SQRT2 = 1.4142135623730951;

    /** ln 2 and ln(1 + i/64) for i in [TABLE_MIN, TABLE_MAX], as double-double (hi, lo) pairs. */
    private static final double LN2_HI;
    private static final double LN2_LO;
    private static final double[] LOG_TABLE = new double[2 * (TABLE_MAX - TABLE_MIN + 1)];
    /** 1/n! for n in [0, 10] as (hi, lo) pairs. */
    private static final double[] INV_FACTORIAL = new double[22];

    static {
        DoubleDouble t = new DoubleDouble(1.0 / 3, Math.fma(-3, 1.0 / 3, 1) / 3);
        DoubleDouble ln2 = atanhSeries(t, 40);
        LN2_HI = ln2.hi;
        LN2_LO = ln2.lo;
        for (int i = TABLE_MIN; i <= TABLE_MAX; i++) {
            double c = 1 + i / 64.0;
            DoubleDouble ti = new DoubleDouble(c - 1, 0).div(new DoubleDouble(c, 0).add(1, 0));
            DoubleDouble ln = atanhSeries(ti, 30);
            LOG_TABLE[2 * (i - TABLE_MIN)] = ln.hi;
            LOG_TABLE[2 * (i - TABLE_MIN) + 1] = ln.lo;
        }
        DoubleDouble f = new DoubleDouble(1, 0);
        for (int n = 0; n <= 10; n++) {
            if (n > 0) {
                f.divInt(n);
            }
            INV_FACTORIAL[2 * n] = f.hi;
            INV_FACTORIAL[2 * n + 1] = f.lo;
        }
    }

    private CorrectPow() {
    }

    /** 2 * atanh(t) = ln((1+t)/(1-t)) by its series, for the constant tables. */
    private static DoubleDouble atanhSeries(DoubleDouble t, int terms) {
        DoubleDouble t2 = t.copy().mul(t.hi, t.lo);
        DoubleDouble sum = new DoubleDouble(0, 0);
        for (int k = terms; k >= 0; k--) {
            int d = 2 * k + 1;
            double hi = 1.0 / d;
            sum.mul(t2.hi, t2.lo).add(hi, Math.fma(-d, hi, 1) / d);
        }
        return sum.mul(t.hi, t.lo).mul(2, 0);
    }

    /** x ** y for finite x > 0, x != 1, finite y != 0; 0 or infinity when out of range. */
    static double pow(double x, double y) {
        if (y == 1) {
            return x;
        }
        if (y == 2) {
            return x * x;
        }
        if (y == -1) {
            return 1 / x;
        }
        if (y == 0.5) {
            return Math.sqrt(x);
        }
        double exact = exactIntegerPower(x, y);
        if (!Double.isNaN(exact)) {
            return exact;
        }
        DoubleDouble l = logDD(x);
        double p = y * l.hi;
        double pe = Math.fma(y, l.hi, -p) + y * l.lo;
        if (p > 710) {
            return Double.POSITIVE_INFINITY;
        }
        if (p < -746) {
            return 0.0;
        }
        double k = Math.rint(p / LN2_HI);
        // p - k*ln2_hi is exact: k has 11 bits and the difference is below 1/2.
        DoubleDouble r = new DoubleDouble(Math.fma(-k, LN2_HI, p), 0).add(pe - k * LN2_LO, 0);
        return scale(expSmall(r), (int) k);
    }

    /** e**x rounded once from about 100 bits (libm's exp is correctly rounded in nearly all cases). */
    static double exp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x > 710) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -746) {
            return 0.0;
        }
        double k = Math.rint(x / LN2_HI);
        // x - k*ln2_hi is exact: both are multiples of 2**-53 when k != 0, and the difference is small.
        DoubleDouble r = new DoubleDouble(Math.fma(-k, LN2_HI, x), 0).add(-k * LN2_LO, 0);
        return scale(expSmall(r), (int) k);
    }

    /** 2**x rounded once: 2**k times e**(f ln 2) for x = k + f, |f| <= 1/2. */
    static double exp2(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x > 1025) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -1076) {
            return 0.0;
        }
        double k = Math.rint(x);
        double f = x - k; // exact
        if (f == 0) {
            return Math.scalb(1.0, (int) k);
        }
        DoubleDouble r = new DoubleDouble(f, 0).mul(LN2_HI, LN2_LO);
        return scale(expSmall(r), (int) k);
    }

    /** ln(x) rounded once, for finite x > 0. */
    static double log(double x) {
        return logDD(x).hi;
    }

    /** log2(x) rounded once, for finite x > 0; exact for powers of two. */
    static double log2(double x) {
        if (x == Math.scalb(1.0, Math.getExponent(x)) && Math.getExponent(x) >= -1022) {
            return Math.getExponent(x);
        }
        DoubleDouble l = logDD(x);
        return l.div(new DoubleDouble(LN2_HI, LN2_LO)).hi;
    }

    /**
     * x ** y exactly rounded when y is a positive integer and the power of x's odd significand is
     * short enough to be exact or a tie between two doubles; NaN otherwise.
     */
    private static double exactIntegerPower(double x, double y) {
        if (y <= 0 || y > 64 || y != Math.rint(y)) {
            return Double.NaN;
        }
        long m = DoubleBits.significand(x);
        int e = DoubleBits.exponent(x);
        int tz = Long.numberOfTrailingZeros(m);
        m >>>= tz;
        e += tz;
        int n = (int) y;
        // m**n has more than (bits(m) - 1) * n bits: past 64 + 53 it cannot be a tie or exact.
        if ((63 - Long.numberOfLeadingZeros(m)) * n > 120) {
            return Double.NaN;
        }
        return FloatMath.roundScaled(BigInteger.valueOf(m).pow(n), false, (long) e * n);
    }

    /** ln(x) for finite x > 0 in double-double. */
    private static DoubleDouble logDD(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52);
        int e;
        if (biased == 0) {
            x *= 0x1p54;
            bits = Double.doubleToRawLongBits(x);
            biased = (int) (bits >>> 52);
            e = biased - 1023 - 54;
        } else {
            e = biased - 1023;
        }
        double m = Double.longBitsToDouble((bits & ((1L << 52) - 1)) | 0x3ff0000000000000L);
        if (m > SQRT2) {
            m *= 0.5;
            e++;
        }
        int i = (int) Math.rint((m - 1) * 64);
        double c = 1 + i / 64.0;
        // ln(m) = ln(c) + 2 atanh(t), t = (m - c) / (m + c), |t| < 0.0056; m - c is exact.
        DoubleDouble t = new DoubleDouble(m - c, 0).div(new DoubleDouble(m, 0).add(c, 0));
        DoubleDouble t2 = t.copy().mul(t.hi, t.lo);
        double inner = 1.0 / 7 + t2.hi * (1.0 / 9 + t2.hi * (1.0 / 11 + t2.hi / 13));
        DoubleDouble s = new DoubleDouble(t2.hi * inner, 0).add(0.2, Math.fma(-5, 0.2, 1) / 5);
        s.mul(t2.hi, t2.lo).add(1.0 / 3, Math.fma(-3, 1.0 / 3, 1) / 3);
        s.mul(t2.hi, t2.lo).add(1, 0);
        s.mul(t.hi, t.lo).mul(2, 0);
        int j = 2 * (i - TABLE_MIN);
        s.add(LOG_TABLE[j], LOG_TABLE[j + 1]);
        double eh = e * LN2_HI;
        double el = Math.fma(e, LN2_HI, -eh) + e * LN2_LO;
        return s.add(eh, el);
    }

    /** e**r for |r| below about 0.35, in double-double. */
    private static DoubleDouble expSmall(DoubleDouble r) {
        // e**s - 1 for s = r / 256 by its Taylor polynomial, then squared 8 times as a -> a(a + 2).
        double sh = r.hi * 0x1p-8;
        double sl = r.lo * 0x1p-8;
        DoubleDouble poly = new DoubleDouble(INV_FACTORIAL[20], INV_FACTORIAL[21]);
        for (int n = 9; n >= 1; n--) {
            poly.mul(sh, sl).add(INV_FACTORIAL[2 * n], INV_FACTORIAL[2 * n + 1]);
        }
        DoubleDouble a = poly.mul(sh, sl);
        for (int i = 0; i < 8; i++) {
            DoubleDouble a2 = a.copy().add(2, 0);
            a.mul(a2.hi, a2.lo);
        }
        return a.add(1, 0);
    }

    /** (e.hi + e.lo) * 2**k rounded once, subnormal results included. */
    private static double scale(DoubleDouble e, int k) {
        double h = e.hi;
        double l = e.lo;
        if (k >= -1021) {
            return Math.scalb(h, k); // h is in [0.7, 1.5]: normal or infinite, exact
        }
        double s = Math.scalb(h, k); // rounded to the subnormal grid on h alone
        double back = Math.scalb(s, -k); // exact
        double half = Math.scalb(1.0, -1075 - k);
        DoubleDouble diff = new DoubleDouble(h, 0).add(-back, 0).add(l, 0);
        if (diff.hi > half || diff.hi == half && diff.lo > 0) {
            s += Double.MIN_VALUE;
        } else if (diff.hi < -half || diff.hi == -half && diff.lo < 0) {
            s -= Double.MIN_VALUE;
        }
        return s;
    }
}
