package org.krait.runtime.numeric;

/**
 * erf and erfc as glibc computes them (sysdeps/ieee754/dbl-64/s_erf.c, fdlibm's rational
 * approximations on five intervals, evaluated in glibc's pipelined order), which CPython 3.12's
 * math module calls. The coefficients are fdlibm's published minimax values, given by their bit
 * patterns; evaluating them in the same order with the same exp gives glibc's roundings.
 */
final class LibmErf {
    private static final double ERX = bits(0x3FEB0AC160000000L);
    private static final double EFX = bits(0x3FC06EBA8214DB69L);
    /** erf on [0, 0.84375]: x + x * PP(x*x) / QQ(x*x). */
    private static final double[] PP = bits(0x3FC06EBA8214DB68L, 0xBFD4CD7D691CB913L, 0xBF9D2A51DBD7194FL,
            0xBF77A291236668E4L, 0xBEF8EAD6120016ACL);
    private static final double[] QQ = bits(0L, 0x3FD97779CDDADC09L, 0x3FB0A54C5536CEBAL, 0x3F74D022C4D36B0FL,
            0x3F215DC9221C1A10L, 0xBED09C4342A26120L);
    /** erf on [0.84375, 1.25]: erx + PA(s) / QA(s) with s = |x| - 1. */
    private static final double[] PA = bits(0xBF6359B8BEF77538L, 0x3FDA8D00AD92B34DL, 0xBFD7D240FBB8C3F1L,
            0x3FD45FCA805120E4L, 0xBFBC63983D3E28ECL, 0x3FA22A36599795EBL, 0xBF61BF380A96073FL);
    private static final double[] QA = bits(0L, 0x3FBB3E6618EEE323L, 0x3FE14AF092EB6F33L, 0x3FB2635CD99FE9A7L,
            0x3FC02660E763351FL, 0x3F8BEDC26B51DD1CL, 0x3F888B545735151DL);
    /** erfc on [1.25, 1/0.35]: exp(-x*x - 0.5625 + RA(s) / SA(s)) / x with s = 1/(x*x). */
    private static final double[] RA = bits(0xBF843412600D6435L, 0xBFE63416E4BA7360L, 0xC0251E0441B0E726L,
            0xC04F300AE4CBA38DL, 0xC0644CB184282266L, 0xC067135CEBCCABB2L, 0xC054526557E4D2F2L,
            0xC023A0EFC69AC25CL);
    private static final double[] SA = bits(0L, 0x4033A6B9BD707687L, 0x4061350C526AE721L, 0x407B290DD58A1A71L,
            0x40842B1921EC2868L, 0x407AD02157700314L, 0x405B28A3EE48AE2CL, 0x401A47EF8E484A93L,
            0xBFAEEFF2EE749A62L);
    /** erfc on [1/0.35, 28]: as above with RB / SB. */
    private static final double[] RB = bits(0xBF84341239E86F4AL, 0xBFE993BA70C285DEL, 0xC031C209555F995AL,
            0xC064145D43C5ED98L, 0xC083EC881375F228L, 0xC09004616A2E5992L, 0xC07E384E9BDC383FL);
    private static final double[] SB = bits(0L, 0x403E568B261D5190L, 0x40745CAE221B9F0AL, 0x409802EB189D5118L,
            0x40A8FFB7688C246AL, 0x40A3F219CEDF3BE6L, 0x407DA874E79FE763L, 0xC03670E242712D62L);
    private static final double TINY = 1e-300;

    private LibmErf() {
    }

    private static double bits(long b) {
        return Double.longBitsToDouble(b);
    }

    private static double[] bits(long... b) {
        double[] d = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            d[i] = Double.longBitsToDouble(b[i]);
        }
        return d;
    }

    /** PP(z) / QQ(z) for |x| < 0.84375, z = x*x. */
    private static double smallRatio(double z) {
        double r1 = PP[0] + z * PP[1];
        double z2 = z * z;
        double r2 = PP[2] + z * PP[3];
        double z4 = z2 * z2;
        double s1 = 1.0 + z * QQ[1];
        double s2 = QQ[2] + z * QQ[3];
        double s3 = QQ[4] + z * QQ[5];
        double r = r1 + z2 * r2 + z4 * PP[4];
        double s = s1 + z2 * s2 + z4 * s3;
        return r / s;
    }

    /** PA(s) / QA(s) for 0.84375 <= |x| < 1.25, s = |x| - 1. */
    private static double middleRatio(double s) {
        double p1 = PA[0] + s * PA[1];
        double s2 = s * s;
        double q1 = 1.0 + s * QA[1];
        double s4 = s2 * s2;
        double p2 = PA[2] + s * PA[3];
        double s6 = s4 * s2;
        double q2 = QA[2] + s * QA[3];
        double p3 = PA[4] + s * PA[5];
        double q3 = QA[4] + s * QA[5];
        double p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
        double q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
        return p / q;
    }

    /** exp(-x*x - 0.5625 + R/S) / x... without the division: the tail of erfc for 1.25 <= x < 28. */
    private static double tail(double x, boolean nearRange) {
        double s = 1.0 / (x * x);
        double r;
        double q;
        if (nearRange) {
            double r1 = RA[0] + s * RA[1];
            double s2 = s * s;
            double q1 = 1.0 + s * SA[1];
            double s4 = s2 * s2;
            double r2 = RA[2] + s * RA[3];
            double s6 = s4 * s2;
            double q2 = SA[2] + s * SA[3];
            double s8 = s4 * s4;
            double r3 = RA[4] + s * RA[5];
            double q3 = SA[4] + s * SA[5];
            double r4 = RA[6] + s * RA[7];
            double q4 = SA[6] + s * SA[7];
            r = r1 + s2 * r2 + s4 * r3 + s6 * r4;
            q = q1 + s2 * q2 + s4 * q3 + s6 * q4 + s8 * SA[8];
        } else {
            double r1 = RB[0] + s * RB[1];
            double s2 = s * s;
            double q1 = 1.0 + s * SB[1];
            double s4 = s2 * s2;
            double r2 = RB[2] + s * RB[3];
            double s6 = s4 * s2;
            double q2 = SB[2] + s * SB[3];
            double r3 = RB[4] + s * RB[5];
            double q3 = SB[4] + s * SB[5];
            double q4 = SB[6] + s * SB[7];
            r = r1 + s2 * r2 + s4 * r3 + s6 * RB[6];
            q = q1 + s2 * q2 + s4 * q3 + s6 * q4;
        }
        // -x*x = -z*z + (z - x)(z + x) with z = x cut to its high 32 bits, so z*z is exact.
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xFFFFFFFF00000000L);
        return Libm.exp(-z * z - 0.5625) * Libm.exp((z - x) * (z + x) + r / q);
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 1.0 : -1.0;
        }
        int ix = Libm.highWord(x) & 0x7fffffff;
        if (ix < 0x3feb0000) { // |x| < 0.84375
            if (ix < 0x3e300000) { // |x| < 2**-28
                if (ix < 0x00800000) {
                    return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
                }
                return x + EFX * x;
            }
            return x + x * smallRatio(x * x);
        }
        if (ix < 0x3ff40000) { // |x| < 1.25
            double q = middleRatio(Math.abs(x) - 1.0);
            return x >= 0 ? ERX + q : -ERX - q;
        }
        if (ix >= 0x40180000) { // |x| >= 6
            return x >= 0 ? 1.0 - TINY : TINY - 1.0;
        }
        double a = Math.abs(x);
        double r = tail(a, ix < 0x4006DB6E);
        return x >= 0 ? 1.0 - r / a : r / a - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 0.0 : 2.0;
        }
        int hx = Libm.highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix < 0x3feb0000) { // |x| < 0.84375
            if (ix < 0x3c700000) { // |x| < 2**-56
                return 1.0 - x;
            }
            double y = smallRatio(x * x);
            if (hx < 0x3fd00000) { // x < 1/4
                return 1.0 - (x + x * y);
            }
            double r = x * y;
            r += x - 0.5;
            return 0.5 - r;
        }
        if (ix < 0x3ff40000) { // |x| < 1.25
            double q = middleRatio(Math.abs(x) - 1.0);
            if (hx >= 0) {
                return (1.0 - ERX) - q;
            }
            return 1.0 + (ERX + q);
        }
        if (ix < 0x403c0000) { // |x| < 28
            if (hx < 0 && ix >= 0x40180000) {
                return 2.0 - TINY; // x < -6
            }
            double a = Math.abs(x);
            double r = tail(a, ix < 0x4006DB6D);
            return hx > 0 ? r / a : 2.0 - r / a;
        }
        return hx > 0 ? TINY * TINY : 2.0 - TINY;
    }
}
