package org.krait.compiler.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/**
 * The fixed-point logarithms FloatDigits relies on, checked against exact arithmetic over the
 * whole range of double exponents, and a few reprs (the CPython-generated repr cases are in the
 * runtime's numeric tests, which call the same code).
 */
class FloatDigitsTest {
    private static int exactFloorLog10Pow2(int q, int numerator, int denominatorPow2) {
        // floor(log10(numerator / 2**denominatorPow2 * 2**q))
        BigInteger n = BigInteger.valueOf(numerator);
        BigInteger d = BigInteger.ONE.shiftLeft(denominatorPow2);
        if (q >= 0) {
            n = n.shiftLeft(q);
        } else {
            d = d.shiftLeft(-q);
        }
        // largest k with 10**k <= n/d
        int k = n.toString().length() - d.toString().length() - 1;
        while (compare(n, d, k + 1) >= 0) {
            k++;
        }
        while (compare(n, d, k) < 0) {
            k--;
        }
        return k;
    }

    /** sign of n/d - 10**k. */
    private static int compare(BigInteger n, BigInteger d, int k) {
        return k >= 0 ? n.compareTo(d.multiply(BigInteger.TEN.pow(k))) : n.multiply(BigInteger.TEN.pow(-k)).compareTo(d);
    }

    @Test
    void floorLog10OfPowersOfTwo() {
        for (int q = -1100; q <= 1100; q++) {
            assertEquals(exactFloorLog10Pow2(q, 1, 0), FloatDigits.floorLog10Pow2(q), "q=" + q);
            assertEquals(exactFloorLog10Pow2(q, 3, 2), FloatDigits.floorLog10ThreeQuartersPow2(q), "3/4 q=" + q);
        }
    }

    @Test
    void floorLog2OfPowersOfTen() {
        for (int e = -400; e <= 400; e++) {
            // 10**-n is never a power of two for n > 0, so floor(-log2(10**n)) = -bitLength(10**n).
            int exact = e >= 0 ? BigInteger.TEN.pow(e).bitLength() - 1 : -BigInteger.TEN.pow(-e).bitLength();
            assertEquals(exact, FloatDigits.floorLog2Pow10(e), "e=" + e);
        }
    }

    @Test
    void shortestDigits() {
        assertEquals(new FloatDigits.Decimal(1, -1), FloatDigits.shortest(0.1));
        assertEquals(new FloatDigits.Decimal(5, -324), FloatDigits.shortest(Double.MIN_VALUE));
        assertEquals(new FloatDigits.Decimal(17976931348623157L, 292), FloatDigits.shortest(Double.MAX_VALUE));
        assertEquals(new FloatDigits.Decimal(2, 23), FloatDigits.shortest(2e23));
        assertEquals(new FloatDigits.Decimal(123, 0), FloatDigits.shortest(-123.0));
        assertEquals("0.30000000000000004", FloatDigits.repr(0.1 + 0.2));
        assertEquals("1e+16", ConstantRepr.floatRepr(1e16));
        assertEquals("-inf", ConstantRepr.floatRepr(Double.NEGATIVE_INFINITY));
    }
}
