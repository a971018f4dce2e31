package org.krait.runtime.numeric;

import java.math.BigInteger;

/**
 * hash() of numbers and tuples exactly as 64-bit CPython 3.12 computes them (Python/pyhash.c,
 * Objects/longobject.c, Objects/complexobject.c, Objects/tupleobject.c). Numbers hash by value
 * modulo the prime P = 2**61 - 1, so equal int, float and complex values hash alike; -1 is
 * reserved for errors in C and becomes -2.
 */
public final class NumericHash {
    /** _PyHASH_MODULUS, 2**61 - 1. */
    public static final long MODULUS = (1L << 61) - 1;
    /** _PyHASH_INF: hash(float('inf')); -inf hashes to its negation. */
    public static final long INF = 314159;
    /** _PyHASH_IMAG: the multiplier of the imaginary part. */
    public static final long IMAG = 1000003;

    private static final int BITS = 61;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L; // 11400714785074694791
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL; // 14029467366897019727
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L; // 2870177450012600261

    private NumericHash() {
    }

    /** hash(int). */
    public static long hashInt(long v) {
        if (v >= 0) {
            return v % MODULUS;
        }
        // -(|v| mod P); |Long.MIN_VALUE| = 2**63 = 4 (mod P).
        long h = v == Long.MIN_VALUE ? -4 : -(-v % MODULUS);
        return h == -1 ? -2 : h;
    }

    /** hash(int) for big values. */
    public static long hashInt(BigInteger v) {
        if (v.bitLength() < 64) {
            return hashInt(v.longValue());
        }
        long h = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /**
     * hash(float) (_Py_HashDouble). A nan hashes by identity since 3.10: pass the object's
     * identity (any stable per-object number standing for its address), used as
     * {@link #hashPointer} does.
     */
    public static long hashFloat(double v, long identity) {
        if (Double.isNaN(v)) {
            return hashPointer(identity);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        long c = DoubleBits.significand(v);
        int e = DoubleBits.exponent(v);
        // |v| = c * 2**e; c < P, and multiplying by 2**e mod P is a rotation of 61 bits, since
        // 2**61 = 1 (mod P).
        int r = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        long x = c;
        if (r != 0) {
            x = ((x << r) & MODULUS) | (x >>> (BITS - r));
        }
        if (Double.doubleToRawLongBits(v) < 0) {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }

    /** hash(complex): hash(re) + 1000003 * hash(im), wrapping; nan parts use the identity. */
    public static long hashComplex(double re, double im, long identity) {
        long h = hashFloat(re, identity) + IMAG * hashFloat(im, identity);
        return h == -1 ? -2 : h;
    }

    /** _Py_HashPointer: the address rotated right by 4 bits (its low bits are always 0). */
    public static long hashPointer(long identity) {
        long h = Long.rotateRight(identity, 4);
        return h == -1 ? -2 : h;
    }

    /** hash(tuple) from its items' hashes: the xxHash-based tuplehash of 3.8+. */
    public static long hashTuple(long[] itemHashes) {
        long acc = XXPRIME_5;
        for (long lane : itemHashes) {
            acc = tupleStep(acc, lane);
        }
        return tupleFinish(acc, itemHashes.length);
    }

    /** The accumulator before the first item, for tuples hashed item by item. */
    public static long tupleStart() {
        return XXPRIME_5;
    }

    /** Adds one item's hash to the accumulator. */
    public static long tupleStep(long acc, long itemHash) {
        acc += itemHash * XXPRIME_2;
        acc = Long.rotateLeft(acc, 31);
        return acc * XXPRIME_1;
    }

    /** The tuple's hash from the accumulator after all length items. */
    public static long tupleFinish(long acc, long length) {
        acc += length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }
}
