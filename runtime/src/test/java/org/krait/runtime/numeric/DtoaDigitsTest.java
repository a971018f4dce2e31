package org.krait.runtime.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The 128-bit fast paths of dtoa modes 2 and 3 against exact BigDecimal rounding, on values
 * chosen to sit near powers of ten and rounding ties, where the fast path's guesses are tested.
 */
class DtoaDigitsTest {
    private static double sample(SplittableRandom r) {
        switch (r.nextInt(6)) {
            case 4: // whole numbers and halves up to 2**53: digits come by division
                return r.nextLong(1, 1L << r.nextInt(1, 54)) / (r.nextBoolean() ? 1.0 : 2.0);
            case 5: // decimal ties of whole numbers, like 12350 to 3 digits
                return r.nextInt(1, 1000) * Math.pow(10, r.nextInt(1, 12)) + 5 * Math.pow(10, r.nextInt(0, 5));
            case 0: // next to a power of ten
                double p = Math.pow(10, r.nextInt(-9, 16));
                return r.nextBoolean() ? Math.nextUp(p) : Math.nextDown(p);
            case 1: // binary fractions: exact decimal ties
                return r.nextInt(1, 1 << 20) / (double) (1 << r.nextInt(1, 20));
            case 2: // just below 10**k after rounding, like 9.9999996
                return Math.pow(10, r.nextInt(-9, 16)) * (1 - r.nextDouble() * 1e-12);
            default:
                return Math.exp(r.nextDouble() * 57 - 21);
        }
    }

    @Test
    void significantDigitsMatchExactRounding() {
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            double a = sample(r);
            int n = r.nextInt(1, 18);
            assertEquals(DtoaDigits.significantExact(a, n).toString(), DtoaDigits.significant(a, n).toString(),
                    a + " to " + n + " digits");
        }
    }

    @Test
    void fixedDigitsMatchExactRounding() {
        SplittableRandom r = new SplittableRandom(43);
        for (int i = 0; i < 200_000; i++) {
            double a = sample(r);
            int n = r.nextInt(0, 28);
            assertEquals(DtoaDigits.fixedExact(a, n).toString(), DtoaDigits.fixed(a, n).toString(),
                    a + " to " + n + " places");
        }
    }
}
