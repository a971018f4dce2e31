package org.krait.runtime.numeric;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import org.krait.compiler.ast.FloatDigits;

/**
 * The digit strings that CPython's {@code _Py_dg_dtoa} (Python/dtoa.c) returns for |v|: ASCII
 * digits without trailing zeros (possibly none) and {@code decpt}, the position of the decimal
 * point relative to their start. Mode 0 is the shortest round-tripping string; modes 2 and 3 are
 * the exact binary value correctly rounded (ties to even) to a number of significant digits, or
 * of digits after the point.
 */
final class DtoaDigits {
    final char[] digits;
    final int length;
    final int decpt;

    private DtoaDigits(char[] digits, int length, int decpt) {
        this.digits = digits;
        this.length = length;
        this.decpt = decpt;
    }

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private static final DtoaDigits ZERO = new DtoaDigits(new char[] {'0'}, 1, 1);

    /** Powers of five that fit in a long, for the fixed-point fast path. */
    private static final long[] POW5 = new long[28];

    static {
        POW5[0] = 1;
        for (int i = 1; i < POW5.length; i++) {
            POW5[i] = POW5[i - 1] * 5;
        }
    }

    /** Mode 0: the shortest digits that read back as v (finite). Zero gives "0", decpt 1. */
    static DtoaDigits shortest(double v) {
        if (v == 0) {
            return ZERO;
        }
        FloatDigits.Decimal d = FloatDigits.shortest(v);
        return ofLong(d.significand(), d.exponent());
    }

    /** Mode 2: v (finite) correctly rounded to max(1, ndigits) significant digits. */
    static DtoaDigits significant(double v, int ndigits) {
        if (v == 0) {
            return ZERO;
        }
        double a = Math.abs(v);
        if (ndigits <= 17 && a < 0x1p53 && a >= 1e-9) {
            DtoaDigits fast = significantFast(a, Math.max(1, ndigits));
            if (fast != null) {
                return fast;
            }
        }
        return significantExact(a, ndigits);
    }

    /** Mode 2 by exact decimal arithmetic, for a > 0 (the reference for the fast path). */
    static DtoaDigits significantExact(double a, int ndigits) {
        BigDecimal r = new BigDecimal(a).round(new MathContext(Math.max(1, ndigits), RoundingMode.HALF_EVEN));
        return ofBig(r.unscaledValue(), -r.scale());
    }

    /**
     * Mode 3: v (finite) correctly rounded to ndigits digits after the decimal point (negative:
     * to a multiple of 10**-ndigits). When that rounds to zero there are no digits and decpt is
     * -ndigits, as dtoa returns them.
     */
    static DtoaDigits fixed(double v, int ndigits) {
        if (v == 0) {
            return ZERO;
        }
        double a = Math.abs(v);
        if (ndigits >= 0 && ndigits < POW5.length && a < 0x1p53) {
            long n = scaled(a, ndigits, true);
            if (n == 0) {
                return new DtoaDigits(new char[0], 0, -ndigits);
            }
            if (n > 0) {
                return ofLong(n, -ndigits);
            }
        }
        return fixedExact(a, ndigits);
    }

    /** Mode 3 by exact decimal arithmetic, for a > 0 (the reference for the fast path). */
    static DtoaDigits fixedExact(double a, int ndigits) {
        BigDecimal r = new BigDecimal(a).setScale(ndigits, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) {
            return new DtoaDigits(new char[0], 0, -ndigits);
        }
        return ofBig(r.unscaledValue(), -ndigits);
    }

    /**
     * Mode 2 through {@link #scaled}: with k = floor(log10(a)) the digits are a * 10**(n-1-k)
     * rounded. log10 may misjudge k by one next to a power of ten; the digit count of the
     * truncated product shows it.
     */
    private static DtoaDigits significantFast(double a, int ndigits) {
        int p = ndigits - 1 - (int) Math.floor(Math.log10(a));
        for (int attempt = 0; attempt < 3; attempt++) {
            if (p <= -POW10.length || p >= POW5.length) {
                return null;
            }
            long floor = p >= 0 ? scaled(a, p, false) : scaledDown(a, -p, false);
            if (floor < 0) {
                return null;
            }
            if (floor >= POW10[ndigits]) {
                p--; // k was one too small
            } else if (floor < POW10[ndigits - 1]) {
                p++; // k was one too large
            } else {
                long n = p >= 0 ? scaled(a, p, true) : scaledDown(a, -p, true); // may round up to 10**ndigits
                return n < 0 ? null : ofLong(n, -p);
            }
        }
        return null;
    }

    /**
     * a * 10**p rounded half-even (or truncated) with 128-bit integer arithmetic, for
     * 0 < a < 2**53 and 0 <= p < 28: a = c * 2**q, so the product is c * 5**p * 2**(q+p). -1
     * when the result does not fit below 2**62.
     */
    private static long scaled(double a, int p, boolean round) {
        long c = DoubleBits.significand(a);
        int q = DoubleBits.exponent(a);
        long hi = Math.multiplyHigh(c, POW5[p]);
        long lo = c * POW5[p];
        int shift = -(q + p);
        if (shift <= 0) {
            return -1; // a * 10**p is an integer past 2**52: rare, the exact path handles it
        }
        long n;
        boolean half;
        boolean sticky;
        if (shift >= 128) {
            return 0;
        } else if (shift >= 64) {
            int s = shift - 64;
            n = s == 0 ? hi : hi >>> s;
            long dropHi = s == 0 ? 0 : hi & ((1L << s) - 1);
            // The dropped part is dropHi:lo; half is 2**(shift-1).
            if (s == 0) {
                half = lo < 0;
                sticky = (lo & Long.MAX_VALUE) != 0;
            } else {
                half = (dropHi >>> (s - 1) & 1) != 0;
                sticky = (dropHi & ((1L << (s - 1)) - 1)) != 0 || lo != 0;
            }
        } else {
            if (hi >>> shift != 0) {
                return -1;
            }
            n = (lo >>> shift) | (shift == 0 ? 0 : hi << (64 - shift));
            half = (lo >>> (shift - 1) & 1) != 0;
            sticky = shift > 1 && (lo & ((1L << (shift - 1)) - 1)) != 0;
        }
        if (n < 0 || n >= 1L << 62) {
            return -1;
        }
        if (round && half && (sticky || (n & 1) != 0)) {
            n++;
        }
        return n;
    }

    /**
     * a / 10**m rounded half-even (or truncated), for 0 < a < 2**53 and 0 < m < 19 (mode 2 of
     * numbers of ndigits or more integer digits): a = c * 2**q is the exact quotient of two longs.
     * -1 when the divisor does not fit below 2**62.
     */
    private static long scaledDown(double a, int m, boolean round) {
        long c = DoubleBits.significand(a);
        int q = DoubleBits.exponent(a);
        long num = c;
        long den = POW10[m];
        if (q >= 0) {
            num = c << q; // below 2**53, since a is
        } else if (-q > Long.numberOfLeadingZeros(den) - 2) {
            return -1;
        } else {
            den <<= -q;
        }
        long n = num / den;
        if (round) {
            long twice = 2 * (num % den);
            if (twice > den || twice == den && (n & 1) != 0) {
                n++;
            }
        }
        return n;
    }

    /** The digits of f * 10**exp, trailing zeros stripped. */
    private static DtoaDigits ofLong(long f, int exp) {
        while (f % 10 == 0) {
            f /= 10;
            exp++;
        }
        char[] buf = new char[19];
        int i = buf.length;
        while (f != 0) {
            buf[--i] = (char) ('0' + f % 10);
            f /= 10;
        }
        int n = buf.length - i;
        char[] digits = new char[n];
        System.arraycopy(buf, i, digits, 0, n);
        return new DtoaDigits(digits, n, exp + n);
    }

    private static DtoaDigits ofBig(BigInteger unscaled, int exp) {
        String s = unscaled.toString();
        int n = s.length();
        while (n > 1 && s.charAt(n - 1) == '0') {
            n--;
        }
        char[] digits = new char[n];
        s.getChars(0, n, digits, 0);
        return new DtoaDigits(digits, n, exp + s.length());
    }

    @Override
    public String toString() {
        return new String(digits, 0, length) + "@" + decpt;
    }

    /** Whether the digits are all zeros (or none): the rounded value is zero. */
    boolean isZero() {
        return length == 0 || length == 1 && digits[0] == '0';
    }
}
