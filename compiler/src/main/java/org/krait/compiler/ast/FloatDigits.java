package org.krait.compiler.ast;

import java.math.BigInteger;

/**
 * The shortest decimal that reads back as a given double, and {@code float.__repr__} built on it.
 *
 * <p>CPython gets these digits from David Gay's dtoa in mode 0 (Python/dtoa.c): the shortest
 * digit string that rounds to the double, and of several such the one nearest to it. We compute
 * the same decimal with the Schubfach method (R. Giulietti, "The Schubfach way to render
 * doubles", 2020): scale the double and both ends of its rounding interval by a 126-bit
 * approximation of a power of ten, then there are at most two candidates one decade up (of which
 * at most one lies in the interval) and two at the base decade. No big numbers, no loops over
 * digit counts. (JDK 17's Double.toString is not always shortest, and later JDKs insist on two
 * digits, so neither can be used as is.)
 *
 * <p>The one implementation of float repr: the AST dump uses it through {@link ConstantRepr} and
 * the runtime's number formatting through {@link #shortest}.
 */
public final class FloatDigits {
    /** A finite double's shortest decimal: {@code significand * 10**exponent}, no trailing zeros. */
    public record Decimal(long significand, int exponent) {
        /** The significand's digit count (1 for zero). */
        public int digitCount() {
            return FloatDigits.digitCount(significand);
        }

        /** CPython's decpt: where the decimal point goes relative to the start of the digits. */
        public int decimalPoint() {
            return exponent + digitCount();
        }
    }

    private static final long C_MIN = 1L << 52; // smallest normal significand
    private static final int Q_MIN = -1074; // exponent of subnormals
    private static final int K_MIN = -324; // flog10pow2(Q_MIN)
    private static final int K_MAX = 292; // flog10pow2(971)
    private static final long MASK_63 = (1L << 63) - 1;
    private static final Decimal ZERO = new Decimal(0, 0);

    /** g(k) = floor(10**-k * 2**-r) + 1 in [2**125, 2**126), as (g >> 63, g & MASK_63) pairs. */
    private static final long[] G = powerTable();

    private static final long[] POW10 = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
        10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
        1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L,
        1_000_000_000_000_000_000L,
    };

    private FloatDigits() {
    }

    /** The shortest decimal of |v| for finite v (the sign is ignored; zero gives 0 * 10**0). */
    public static Decimal shortest(double v) {
        long bits = Double.doubleToRawLongBits(v) & MASK_63;
        int biased = (int) (bits >>> 52);
        long fraction = bits & (C_MIN - 1);
        if (biased == 0) {
            if (fraction == 0) {
                return ZERO;
            }
            return toDecimal(Q_MIN, fraction);
        }
        long c = fraction | C_MIN;
        int q = biased - 1075;
        if (q <= 0 && q >= -52 && (c & ((1L << -q) - 1)) == 0) {
            // An integer below 2**53: its rounding interval is at most 1 wide, so its own digits
            // are the shortest and nearest.
            return stripZeros(c >> -q, 0);
        }
        return toDecimal(q, c);
    }

    private static Decimal toDecimal(int q, long c) {
        // When c is odd the interval's ends do not round to v (ties go to even), so exclude them.
        int out = (int) c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = floorLog10Pow2(q);
        } else {
            // At a power of two the neighbour below is half as far as the one above.
            cbl = cb - 1;
            k = floorLog10ThreeQuartersPow2(q);
        }
        int h = q + floorLog2Pow10(-k) + 2;
        int i = (k - K_MIN) << 1;
        long g1 = G[i];
        long g0 = G[i + 1];
        // vb, vbl, vbr: 4 * (v, lower end, upper end) / 10**k, rounded to odd.
        long vb = roundToOdd(g1, g0, cb << h);
        long vbl = roundToOdd(g1, g0, cbl << h);
        long vbr = roundToOdd(g1, g0, cbr << h);
        long s = vb >> 2;
        if (s >= 10) {
            // The interval is narrower than 10**(k+1): at most one multiple of it lies inside,
            // and if one does it is the unique shortest.
            long sp10 = (s / 10) * 10;
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                return stripZeros(upin ? sp10 : tp10, k);
            }
        }
        long t = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (t << 2) + out <= vbr;
        if (uin != win) {
            return stripZeros(uin ? s : t, k);
        }
        // Both in: the nearer, and the even one on a tie.
        long cmp = vb - ((s + t) << 1);
        return stripZeros(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k);
    }

    /** g * cp / 2**127 rounded to odd, for g = g1 * 2**63 + g0 and 0 < cp < 2**63. */
    private static long roundToOdd(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return (z & MASK_63) == 0 ? vbp : vbp | 1;
    }

    private static Decimal stripZeros(long f, int e) {
        while (f % 10 == 0) {
            f /= 10;
            e++;
        }
        return new Decimal(f, e);
    }

    /** floor(q * log10(2)) for |q| <= 5456 (checked against exact arithmetic by a test). */
    static int floorLog10Pow2(int q) {
        return (int) (q * 661_971_961_083L >> 41);
    }

    /** floor(log10(3/4 * 2**q)) for |q| <= 5456. */
    static int floorLog10ThreeQuartersPow2(int q) {
        return (int) (q * 661_971_961_083L - 274_743_187_321L >> 41);
    }

    /** floor(e * log2(10)) for |e| <= 1233. */
    static int floorLog2Pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    private static long[] powerTable() {
        long[] table = new long[(K_MAX - K_MIN + 1) * 2];
        BigInteger mask = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
        for (int k = K_MIN; k <= K_MAX; k++) {
            int e = -k;
            int r = floorLog2Pow10(e) - 125;
            BigInteger g;
            if (e >= 0) {
                BigInteger p = BigInteger.TEN.pow(e);
                g = r <= 0 ? p.shiftLeft(-r) : p.shiftRight(r);
            } else {
                g = BigInteger.ONE.shiftLeft(-r).divide(BigInteger.TEN.pow(-e));
            }
            g = g.add(BigInteger.ONE);
            int i = (k - K_MIN) << 1;
            table[i] = g.shiftRight(63).longValueExact();
            table[i + 1] = g.and(mask).longValue();
        }
        return table;
    }

    static int digitCount(long f) {
        int n = 1;
        while (n < 19 && f >= POW10[n]) {
            n++;
        }
        return n;
    }

    /** float.__repr__ (== str): shortest round-tripping digits, CPython's 'r' format code. */
    public static String repr(double v) {
        if (v != v) {
            return "nan";
        }
        if (v == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        char[] buf = new char[32];
        int p = 0;
        if (Double.doubleToRawLongBits(v) < 0) {
            buf[p++] = '-';
        }
        Decimal d = shortest(v);
        int n = d.digitCount();
        char[] digits = new char[n];
        long f = d.significand();
        for (int j = n - 1; j >= 0; j--) {
            digits[j] = (char) ('0' + f % 10);
            f /= 10;
        }
        int decpt = d.exponent() + n;
        if (decpt <= -4 || decpt > 16) {
            // Pystrtod.c format_float_short, code 'r': exponent form outside [1e-4, 1e16).
            buf[p++] = digits[0];
            if (n > 1) {
                buf[p++] = '.';
                System.arraycopy(digits, 1, buf, p, n - 1);
                p += n - 1;
            }
            int exp = decpt - 1;
            buf[p++] = 'e';
            buf[p++] = exp < 0 ? '-' : '+';
            exp = Math.abs(exp);
            if (exp >= 100) {
                buf[p++] = (char) ('0' + exp / 100);
            }
            buf[p++] = (char) ('0' + exp / 10 % 10);
            buf[p++] = (char) ('0' + exp % 10);
        } else if (decpt <= 0) {
            buf[p++] = '0';
            buf[p++] = '.';
            for (int j = decpt; j < 0; j++) {
                buf[p++] = '0';
            }
            System.arraycopy(digits, 0, buf, p, n);
            p += n;
        } else if (decpt >= n) {
            System.arraycopy(digits, 0, buf, p, n);
            p += n;
            for (int j = n; j < decpt; j++) {
                buf[p++] = '0';
            }
            buf[p++] = '.';
            buf[p++] = '0';
        } else {
            System.arraycopy(digits, 0, buf, p, decpt);
            p += decpt;
            buf[p++] = '.';
            System.arraycopy(digits, decpt, buf, p, n - decpt);
            p += n - decpt;
        }
        return new String(buf, 0, p);
    }
}
