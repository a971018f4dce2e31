package org.krait.runtime.numeric;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * atan, atan2, asin and acos rounded once from double-double (about 106 bits), as glibc's
 * are correctly rounded in all but the rarest cases. atan reduces its argument against a table of
 * atan(k/64) (computed once in BigDecimal) and sums the odd series of the small remainder.
 */
final class LibmTrig {
    private static final int STEPS = 64;
    /** atan(k/64) for k in 0..64 as (hi, lo) pairs. */
    private static final double[] ATAN_TABLE = new double[2 * (STEPS + 1)];
    /** 1/(2n+1) for n in 0..SERIES as (hi, lo) pairs, with alternating signs. */
    private static final int SERIES = 9;
    private static final double[] SERIES_COEFFS = new double[2 * (SERIES + 1)];
    private static final double PI_2_HI = 1.5707963267948966;
    private static final double PI_2_LO = 6.123233995736766e-17;
    private static final double PI_HI = 3.141592653589793;
    private static final double PI_LO = 1.2246467991473532e-16;

    static {
        MathContext mc = new MathContext(45);
        for (int k = 0; k <= STEPS; k++) {
            BigDecimal v = atanBig(BigDecimal.valueOf(k).divide(BigDecimal.valueOf(STEPS), mc), mc);
            double hi = v.doubleValue();
            ATAN_TABLE[2 * k] = hi;
            ATAN_TABLE[2 * k + 1] = v.subtract(new BigDecimal(hi), mc).doubleValue();
        }
        for (int n = 0; n <= SERIES; n++) {
            int d = 2 * n + 1;
            double hi = 1.0 / d;
            double lo = Math.fma(-d, hi, 1) / d;
            SERIES_COEFFS[2 * n] = n % 2 == 0 ? hi : -hi;
            SERIES_COEFFS[2 * n + 1] = n % 2 == 0 ? lo : -lo;
        }
    }

    private LibmTrig() {
    }

    /** atan(x) to mc's precision: halve the angle four times, then the Taylor series. */
    private static BigDecimal atanBig(BigDecimal x, MathContext mc) {
        BigDecimal t = x;
        for (int i = 0; i < 4; i++) {
            t = t.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(t.multiply(t, mc)).sqrt(mc)), mc);
        }
        BigDecimal t2 = t.multiply(t, mc);
        BigDecimal term = t;
        BigDecimal sum = BigDecimal.ZERO;
        for (int n = 0; n < 60; n++) {
            BigDecimal q = term.divide(BigDecimal.valueOf(2 * n + 1), mc);
            sum = n % 2 == 0 ? sum.add(q, mc) : sum.subtract(q, mc);
            term = term.multiply(t2, mc);
        }
        return sum.multiply(BigDecimal.valueOf(16), mc);
    }

    static double atan(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Math.copySign(PI_2_HI, x);
        }
        double a = Math.abs(x);
        if (a < 0x1p-27) {
            return x; // atan(x) = x - x**3/3: below half an ulp
        }
        DoubleDouble r = atan2Positive(new DoubleDouble(a, 0), new DoubleDouble(1, 0));
        return Math.copySign(r.hi, x);
    }

    /** atan2(y, x) with C99's special cases for zeros, infinities and nans. */
    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return x + y;
        }
        boolean negX = Double.doubleToRawLongBits(x) < 0;
        if (y == 0) {
            return negX ? Math.copySign(PI_HI, y) : y;
        }
        if (x == 0) {
            return Math.copySign(PI_2_HI, y);
        }
        if (Double.isInfinite(x)) {
            if (Double.isInfinite(y)) {
                return Math.copySign(negX ? 2.356194490192345 : 0.7853981633974483, y); // 3pi/4, pi/4
            }
            return negX ? Math.copySign(PI_HI, y) : Math.copySign(0.0, y);
        }
        if (Double.isInfinite(y)) {
            return Math.copySign(PI_2_HI, y);
        }
        double ay = Math.abs(y);
        double ax = Math.abs(x);
        // Scale both by the same power of two, so that neither the quotient nor DoubleDouble arithmetic loses range.
        int e = Math.max(Math.getExponent(ay), Math.getExponent(ax));
        DoubleDouble r = atan2Positive(new DoubleDouble(Math.scalb(ay, -e), 0), new DoubleDouble(Math.scalb(ax, -e), 0));
        if (negX) {
            r = new DoubleDouble(PI_HI, PI_LO).add(-r.hi, -r.lo);
        }
        return Math.copySign(r.hi, y);
    }

    static double asin(double x) {
        if (Double.isNaN(x) || Math.abs(x) > 1) {
            return Double.NaN;
        }
        double a = Math.abs(x);
        if (a < 0x1p-26) {
            return x; // asin(x) = x + x**3/6: below half an ulp
        }
        DoubleDouble r = atan2Positive(new DoubleDouble(a, 0), sqrtOneMinusSquare(a));
        return Math.copySign(r.hi, x);
    }

    static double acos(double x) {
        if (Double.isNaN(x) || Math.abs(x) > 1) {
            return Double.NaN;
        }
        double a = Math.abs(x);
        DoubleDouble r = atan2Positive(sqrtOneMinusSquare(a), new DoubleDouble(a, 0));
        if (x < 0) {
            r = new DoubleDouble(PI_HI, PI_LO).add(-r.hi, -r.lo);
        }
        return r.hi;
    }

    /** sqrt(1 - a*a) in double-double for 0 <= a <= 1. */
    private static DoubleDouble sqrtOneMinusSquare(double a) {
        double sq = a * a;
        double sqLo = Math.fma(a, a, -sq);
        DoubleDouble w = new DoubleDouble(1, 0).add(-sq, -sqLo);
        return sqrt(w);
    }

    /** sqrt of a non-negative double-double, one Newton step from the double root. */
    private static DoubleDouble sqrt(DoubleDouble w) {
        if (w.hi <= 0) {
            return new DoubleDouble(0, 0);
        }
        double s = Math.sqrt(w.hi);
        double s2 = s * s;
        double s2lo = Math.fma(s, s, -s2);
        DoubleDouble rem = w.copy().add(-s2, -s2lo);
        return new DoubleDouble(s, 0).add(rem.hi / (2 * s), 0);
    }

    /** atan(y / x) for y, x >= 0 (not both 0) in double-double. */
    private static DoubleDouble atan2Positive(DoubleDouble y, DoubleDouble x) {
        if (y.hi <= x.hi) {
            return atanUnit(y.copy().div(x));
        }
        DoubleDouble r = atanUnit(x.copy().div(y));
        return new DoubleDouble(PI_2_HI, PI_2_LO).add(-r.hi, -r.lo);
    }

    /** atan(t) for 0 <= t <= 1: atan(c) + atan((t - c) / (1 + t c)) with c = k/64. */
    private static DoubleDouble atanUnit(DoubleDouble t) {
        int k = (int) Math.rint(t.hi * STEPS);
        double c = (double) k / STEPS;
        DoubleDouble num = t.copy().add(-c, 0);
        DoubleDouble den = t.copy().mul(c, 0).add(1, 0);
        DoubleDouble u = num.div(den);
        DoubleDouble u2 = u.copy().mul(u.hi, u.lo);
        DoubleDouble p = new DoubleDouble(SERIES_COEFFS[2 * SERIES], SERIES_COEFFS[2 * SERIES + 1]);
        for (int n = SERIES - 1; n >= 0; n--) {
            p.mul(u2.hi, u2.lo).add(SERIES_COEFFS[2 * n], SERIES_COEFFS[2 * n + 1]);
        }
        p.mul(u.hi, u.lo);
        return p.add(ATAN_TABLE[2 * k], ATAN_TABLE[2 * k + 1]);
    }
}
