package org.krait.runtime.numeric;

/** A finite double's magnitude as integer significand times a power of two: |v| = c * 2**q. */
final class DoubleBits {
    private DoubleBits() {
    }

    /** c: the 52 stored bits plus the hidden bit of normal numbers (0 for zero). */
    static long significand(double v) {
        long bits = Double.doubleToRawLongBits(v);
        long fraction = bits & ((1L << 52) - 1);
        return (bits & 0x7ff0000000000000L) == 0 ? fraction : fraction | 1L << 52;
    }

    /** q: -1074 for zero and subnormals. */
    static int exponent(double v) {
        int biased = (int) (Double.doubleToRawLongBits(v) >>> 52) & 0x7ff;
        return biased == 0 ? -1074 : biased - 1075;
    }
}
