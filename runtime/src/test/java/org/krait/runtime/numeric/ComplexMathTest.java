package org.krait.runtime.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * complex division, pow, multiplication and abs against CPython 3.12.1 (numeric/complex.tsv from
 * tools/gen-math-cases.py): the same results bit for bit, or the same error. Polar-form pow goes
 * through libm's pow, atan2, exp, log, cos and sin, so where one of those is an ulp off the result
 * can be off by a few ulps of its magnitude times the exponent (at most 30 of 3000 pow rows).
 */
class ComplexMathTest {
    private static String hex(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    private static double[] eval(String op, double ar, double ai, double br, double bi) {
        switch (op) {
            case "truediv":
                return ComplexMath.divide(ar, ai, br, bi);
            case "pow":
                return ComplexMath.pow(ar, ai, br, bi);
            case "mul":
                return new double[] {ar * br - ai * bi, ar * bi + ai * br};
            default:
                return new double[] {ComplexMath.abs(ar, ai), 0.0};
        }
    }

    @Test
    void agreesWithCPython() {
        List<String> wrong = new ArrayList<>();
        int offByOne = 0;
        int rows = 0;
        for (String[] r : Cases.load("complex.tsv")) {
            rows++;
            double[] in = new double[4];
            for (int i = 0; i < 4; i++) {
                in[i] = LibmTest.bits(r[1 + i]);
            }
            String got;
            double[] v = null;
            try {
                v = eval(r[0], in[0], in[1], in[2], in[3]);
                got = "ok\t" + hex(v[0]) + "\t" + hex(v[1]);
            } catch (NumericError e) {
                got = (e.kind() == NumericError.Kind.ZERO_DIVISION_ERROR ? "ZeroDivisionError"
                        : e.kind() == NumericError.Kind.OVERFLOW_ERROR ? "OverflowError" : "ValueError") + "\t"
                        + e.getMessage();
            }
            String want = String.join("\t", java.util.Arrays.copyOfRange(r, 5, r.length));
            if (got.equals(want)) {
                continue;
            }
            if (v != null && r[5].equals("ok") && r[0].equals("pow") && close(v, r[6], r[7], Math.abs(in[2]) + Math.abs(in[3]))) {
                offByOne++;
                continue;
            }
            wrong.add(String.join(" ", r) + " -> " + got);
        }
        assertEquals(12000, rows);
        assertEquals(List.of(), wrong);
        assertTrue(offByOne <= 30, offByOne + " pow results a few ulps off");
    }

    /**
     * Both parts within 4 ulps of the result's magnitude times the exponent's size: an angle one
     * ulp off is multiplied by the exponent, and shows most in a part near zero.
     */
    private static boolean close(double[] got, String re, String im, double exponentSize) {
        double wr = LibmTest.bits(re);
        double wi = LibmTest.bits(im);
        double tol = 4 * Math.max(1, exponentSize) * Math.ulp(Math.max(Math.abs(wr), Math.abs(wi)));
        return Math.abs(got[0] - wr) <= tol && Math.abs(got[1] - wi) <= tol;
    }

    @Test
    void parsesLikeCPython() {
        assertEquals("[1.0, 2.0]", java.util.Arrays.toString(ComplexMath.parse(" ( 1+2j ) ")));
        assertEquals("[0.0, -1.0]", java.util.Arrays.toString(ComplexMath.parse("-j")));
        assertEquals("[1.0, 1.0]", java.util.Arrays.toString(ComplexMath.parse("1+j")));
        assertEquals("[1000.0, 20.0]", java.util.Arrays.toString(ComplexMath.parse("1_000+2_0j")));
        assertEquals("[0.0, Infinity]", java.util.Arrays.toString(ComplexMath.parse("1e400j")));
        assertEquals("[0.0, NaN]", java.util.Arrays.toString(ComplexMath.parse("nanJ")));
        for (String bad : new String[] {"1 + 2j", "", "(1+2j", "1+2jj", "abc", "j1"}) {
            NumericError e = org.junit.jupiter.api.Assertions.assertThrows(NumericError.class,
                    () -> ComplexMath.parse(bad));
            assertEquals("complex() arg is a malformed string", e.getMessage());
        }
        NumericError e = org.junit.jupiter.api.Assertions.assertThrows(NumericError.class,
                () -> ComplexMath.parse("1__2"));
        assertEquals("could not convert string to complex: '1__2'", e.getMessage());
    }
}
