package org.krait.runtime.numeric;

import java.math.BigInteger;

/**
 * Python int arithmetic that Java's operators do not give (Objects/longobject.c): floor division
 * and modulo with the sign of the divisor, pow with and without a modulus, shifts, true division
 * and conversion to float correctly rounded, bit counts, and to_bytes/from_bytes.
 *
 * <p>Each operation has a BigInteger form; the long forms are fast paths. A long result that
 * may not fit (only {@code Long.MIN_VALUE // -1}, pow, left shifts) is returned as a
 * {@link Number}: a Long when it fits, else a BigInteger (see {@link #normalize}).
 */
public final class IntMath {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private IntMath() {
    }

    /** A Long when v fits in a long, else v. */
    public static Number normalize(BigInteger v) {
        return v.bitLength() < 64 ? (Number) v.longValue() : v;
    }

    // ---- floor division, modulo, divmod -----------------------------------------------------

    /** a // b. */
    public static Number floorDiv(long a, long b) {
        if (b == 0) {
            throw NumericError.zeroDivisionError("integer division or modulo by zero");
        }
        if (a == Long.MIN_VALUE && b == -1) {
            return LONG_MIN.negate();
        }
        return Math.floorDiv(a, b);
    }

    /** a % b, with the sign of b. */
    public static long mod(long a, long b) {
        if (b == 0) {
            throw NumericError.zeroDivisionError("integer modulo by zero");
        }
        return b == -1 ? 0 : Math.floorMod(a, b);
    }

    public static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger q = smallQuotient(a, b);
        if (q != null) {
            return q;
        }
        return divmod(a, b, "integer division or modulo by zero")[0];
    }

    /**
     * a // b for a >= 0 and b > 0 of 128 bits or more with a quotient below 2**30 (the spigot
     * algorithms' case), without long division. The leading 62 bits of a and the same bits of b
     * bound the quotient: floor(at / (bt + 1)) <= a // b <= floor((at + 1) / bt), and as bt has
     * at least 32 bits the bounds nearly always agree, so no pass over the digits is needed.
     * Otherwise the lower bound (at most a few too small) is corrected by subtracting b. Null
     * for other operands.
     */
    static BigInteger smallQuotient(BigInteger a, BigInteger b) {
        int bits = b.bitLength();
        int aBits = a.bitLength();
        if (a.signum() < 0 || b.signum() <= 0 || bits < 128 || aBits - bits > 30) {
            return null;
        }
        if (aBits < bits) {
            return BigInteger.ZERO;
        }
        int shift = aBits - 62;
        long at = a.shiftRight(shift).longValue(); // in [2**61, 2**62)
        long bt = b.shiftRight(shift).longValue(); // at least 2**31
        long q = at / (bt + 1);
        if (q == (at + 1) / bt) {
            return BigInteger.valueOf(q);
        }
        BigInteger r = a.subtract(b.multiply(BigInteger.valueOf(q)));
        while (r.compareTo(b) >= 0) {
            r = r.subtract(b);
            q++;
        }
        return BigInteger.valueOf(q);
    }

    public static BigInteger mod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw NumericError.zeroDivisionError("integer modulo by zero");
        }
        BigInteger r = a.remainder(b);
        return r.signum() != 0 && r.signum() != b.signum() ? r.add(b) : r;
    }

    /** divmod(a, b): {a // b, a % b}. */
    public static BigInteger[] divmod(BigInteger a, BigInteger b) {
        return divmod(a, b, "integer division or modulo by zero");
    }

    /** divmod(a, b) for longs: {a // b, a % b}, the quotient as in {@link #floorDiv(long, long)}. */
    public static Number[] divmod(long a, long b) {
        Number q = floorDiv(a, b);
        return new Number[] {q, mod(a, b)};
    }

    private static BigInteger[] divmod(BigInteger a, BigInteger b, String zeroMessage) {
        if (b.signum() == 0) {
            throw NumericError.zeroDivisionError(zeroMessage);
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    // ---- true division and conversion to float ----------------------------------------------

    /** float(v), correctly rounded (ties to even). */
    public static double toDouble(BigInteger v) {
        if (v.bitLength() <= 1024) {
            double d = v.doubleValue();
            if (!Double.isInfinite(d)) {
                return d;
            }
        }
        throw NumericError.overflowError("int too large to convert to float");
    }

    /** a / b for longs, correctly rounded. */
    public static double trueDivide(long a, long b) {
        if (b == 0) {
            throw NumericError.zeroDivisionError("division by zero");
        }
        if (Math.abs(a) <= 1L << 53 && Math.abs(b) <= 1L << 53 && a != Long.MIN_VALUE && b != Long.MIN_VALUE) {
            return (double) a / (double) b; // both exact, so one rounding
        }
        return trueDivide(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    /**
     * a / b correctly rounded to the nearest double (ties to even), however large a and b are, as
     * long_true_divide; "integer division result too large for a float" when it overflows.
     */
    public static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw NumericError.zeroDivisionError("division by zero");
        }
        boolean negative = a.signum() * b.signum() < 0 || a.signum() == 0 && b.signum() < 0;
        if (a.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        BigInteger x = a.abs();
        BigInteger y = b.abs();
        if (x.bitLength() <= 53 && y.bitLength() <= 53) {
            double r = x.doubleValue() / y.doubleValue();
            return negative ? -r : r;
        }
        // Scale so that the quotient has 55 or 56 bits, then round once with a sticky bit.
        int diff = x.bitLength() - y.bitLength();
        if (diff > 1025) {
            throw NumericError.overflowError("integer division result too large for a float");
        }
        if (diff < -1080) {
            return negative ? -0.0 : 0.0;
        }
        int s = 55 - diff;
        BigInteger[] qr = s >= 0 ? x.shiftLeft(s).divideAndRemainder(y) : x.divideAndRemainder(y.shiftLeft(-s));
        double r = FloatMath.roundScaled(qr[0], qr[1].signum() != 0, -s);
        if (Double.isInfinite(r)) {
            throw NumericError.overflowError("integer division result too large for a float");
        }
        return negative ? -r : r;
    }

    /**
     * _PyLong_Frexp: v > 0 as m * 2**e with m in [0.5, 1) rounded half-even to 53 bits (a carry
     * making m 1.0 gives 0.5 and e + 1); e is stored in {@code exp[0]}.
     */
    public static double frexp(BigInteger v, long[] exp) {
        long bits = v.bitLength();
        if (bits <= 53) {
            exp[0] = bits;
            return Math.scalb(v.doubleValue(), (int) -bits);
        }
        int shift = (int) (bits - 55); // keep 55 bits; the rest is a sticky bit
        BigInteger top = v.shiftRight(shift);
        boolean sticky = v.getLowestSetBit() < shift;
        double m = FloatMath.roundScaled(top, sticky, -55);
        if (m == 1.0) {
            exp[0] = bits + 1;
            return 0.5;
        }
        exp[0] = bits;
        return m;
    }

    // ---- pow ----------------------------------------------------------------------------------

    /**
     * a ** b for b >= 0. For b < 0 Python's int pow returns float: use {@link #truePow}. A
     * result too large to hold raises OutOfMemoryError, as CPython's MemoryError.
     */
    public static BigInteger pow(BigInteger a, BigInteger b) {
        if (b.signum() < 0) {
            throw new IllegalArgumentException("negative exponent: use truePow");
        }
        if (a.signum() == 0) {
            return b.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (a.equals(BigInteger.ONE)) {
            return a;
        }
        if (a.equals(BigInteger.ONE.negate())) {
            return b.testBit(0) ? a : BigInteger.ONE;
        }
        return huge(b, a::pow);
    }

    /** a ** b for longs, b >= 0. */
    public static Number pow(long a, long b) {
        if (b < 0) {
            throw new IllegalArgumentException("negative exponent: use truePow");
        }
        long result = 1;
        long base = a;
        long e = b;
        // overflow is tested, not caught: an ArithmeticException from multiplyExact costs
        // microseconds (its stack trace), and 2 ** 100 in a loop is ordinary Python
        while (true) {
            if ((e & 1) != 0) {
                if (productOverflows(result, base)) {
                    return pow(BigInteger.valueOf(a), BigInteger.valueOf(b));
                }
                result *= base;
            }
            e >>>= 1;
            if (e == 0) {
                return result;
            }
            if (productOverflows(base, base)) {
                return pow(BigInteger.valueOf(a), BigInteger.valueOf(b));
            }
            base *= base;
        }
    }

    /** Whether x * y does not fit a long: the high half of the 128-bit product is not the low half's sign. */
    private static boolean productOverflows(long x, long y) {
        return Math.multiplyHigh(x, y) != (x * y) >> 63;
    }

    /**
     * int ** negative int: CPython hands both to float pow, so this is
     * {@code FloatMath.pow(float(a), float(b))} with its errors ("0.0 cannot be raised to a
     * negative power"; "int too large to convert to float").
     */
    public static double truePow(BigInteger a, BigInteger b) {
        return FloatMath.pow(toDouble(a), toDouble(b));
    }

    /**
     * pow(a, b, m): the result has the sign of m; a negative b uses the inverse of a modulo m
     * ("base is not invertible for the given modulus").
     */
    public static BigInteger powMod(BigInteger a, BigInteger b, BigInteger m) {
        if (m.signum() == 0) {
            throw NumericError.valueError("pow() 3rd argument cannot be 0");
        }
        boolean negativeOutput = m.signum() < 0;
        BigInteger mod = m.abs();
        if (mod.equals(BigInteger.ONE)) {
            return BigInteger.ZERO;
        }
        if (b.signum() < 0) {
            try {
                a = a.modInverse(mod);
            } catch (ArithmeticException e) {
                throw NumericError.valueError("base is not invertible for the given modulus");
            }
            b = b.negate();
        }
        BigInteger z = a.modPow(b, mod);
        if (negativeOutput && z.signum() != 0) {
            z = z.subtract(mod);
        }
        return z;
    }

    // ---- shifts -------------------------------------------------------------------------------

    /** a << n. */
    public static BigInteger shiftLeft(BigInteger a, BigInteger n) {
        if (n.signum() < 0) {
            throw NumericError.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return a;
        }
        return huge(n, a::shiftLeft);
    }

    /**
     * op(count) for a result that grows with count: past what a BigInteger can hold CPython
     * fails to allocate, a MemoryError.
     */
    private static BigInteger huge(BigInteger count, java.util.function.IntFunction<BigInteger> op) {
        if (count.bitLength() > 31) {
            throw new OutOfMemoryError("int result too large");
        }
        try {
            return op.apply(count.intValue());
        } catch (ArithmeticException e) {
            throw new OutOfMemoryError("int result too large");
        }
    }

    /** a >> n (floor: -1 >> 100 is -1). */
    public static BigInteger shiftRight(BigInteger a, BigInteger n) {
        if (n.signum() < 0) {
            throw NumericError.valueError("negative shift count");
        }
        if (n.bitLength() > 31) {
            return a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
        }
        return a.shiftRight(n.intValue());
    }

    /** a << n for longs. */
    public static Number shiftLeft(long a, long n) {
        if (n < 0) {
            throw NumericError.valueError("negative shift count");
        }
        if (a == 0) {
            return 0L;
        }
        if (n < 63) {
            long r = a << n;
            if (r >> n == a) {
                return r;
            }
        }
        return normalize(shiftLeft(BigInteger.valueOf(a), BigInteger.valueOf(n)));
    }

    /** a >> n for longs. */
    public static long shiftRight(long a, long n) {
        if (n < 0) {
            throw NumericError.valueError("negative shift count");
        }
        return a >> Math.min(n, 63);
    }

    // ---- bits and bytes -----------------------------------------------------------------------

    /** int.bit_length(): bits of |v|. */
    public static long bitLength(BigInteger v) {
        return v.abs().bitLength();
    }

    public static int bitLength(long v) {
        return v == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(v));
    }

    /** int.bit_count(): ones in |v|. */
    public static long bitCount(BigInteger v) {
        return v.abs().bitCount();
    }

    public static int bitCount(long v) {
        return v == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(v));
    }

    /** int.to_bytes(length, byteorder, signed=signed). */
    public static byte[] toBytes(BigInteger v, long length, String byteorder, boolean signed) {
        boolean little = littleEndian(byteorder);
        if (length < 0) {
            throw NumericError.valueError("length argument must be non-negative");
        }
        if (!signed && v.signum() < 0) {
            throw NumericError.overflowError("can't convert negative int to unsigned");
        }
        int needed = signed && v.signum() != 0 ? v.bitLength() + 1 : v.bitLength();
        if (length == 0 && signed && v.equals(BigInteger.ONE.negate())) {
            return new byte[0]; // _PyLong_AsByteArray lets -1 through as zero bytes (its sign check needs n > 0)
        }
        if (needed > length * 8) {
            throw NumericError.overflowError("int too big to convert");
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw new OutOfMemoryError("to_bytes length too large");
        }
        byte[] out = new byte[(int) length];
        byte[] twos = v.toByteArray(); // big-endian two's complement, minimal
        byte pad = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < out.length; i++) {
            int src = twos.length - 1 - i; // i-th least significant byte
            byte b = src >= 0 ? twos[src] : pad;
            out[little ? i : out.length - 1 - i] = b;
        }
        return out;
    }

    /** int.from_bytes(bytes, byteorder, signed=signed). */
    public static BigInteger fromBytes(byte[] bytes, String byteorder, boolean signed) {
        boolean little = littleEndian(byteorder);
        if (bytes.length == 0) {
            return BigInteger.ZERO;
        }
        byte[] big = bytes;
        if (little) {
            big = new byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                big[i] = bytes[bytes.length - 1 - i];
            }
        }
        return signed ? new BigInteger(big) : new BigInteger(1, big);
    }

    private static boolean littleEndian(String byteorder) {
        if ("little".equals(byteorder)) {
            return true;
        }
        if ("big".equals(byteorder)) {
            return false;
        }
        throw NumericError.valueError("byteorder must be either 'little' or 'big'");
    }

    /** Whether v fits in a long. */
    public static boolean fitsLong(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
    }
}
