package org.krait.runtime.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Libm and Gamma against CPython 3.12.1 on glibc (tools/gen-math-cases.py, numeric/libm.tsv),
 * on the rows where CPython returned a value. Functions for which we follow glibc's own method
 * (cbrt, erf, sqrt, ...) must agree on every row. Where glibc is correctly rounded in nearly all
 * cases we round correctly, and glibc itself misrounds a few results lying within a hair of half
 * an ulp (checked against 80-digit arithmetic): those functions may differ on at most the number
 * of rows recorded below, each by one ulp. gamma may differ by a few ulps where glibc's pow does.
 */
class LibmTest {
    /** Rows (of about 4000-5000 per function) allowed to differ by one ulp: glibc's misroundings. */
    private static final Map<String, Integer> ONE_ULP_BUDGET = Map.ofEntries(Map.entry("acos", 2),
            Map.entry("acosh", 1), Map.entry("asin", 2), Map.entry("atan", 1), Map.entry("atan2", 2),
            Map.entry("atanh", 3), Map.entry("cos", 9), Map.entry("cosh", 2), Map.entry("erfc", 3),
            Map.entry("exp2", 5), Map.entry("expm1", 1), Map.entry("log", 5), Map.entry("log10", 1),
            Map.entry("log1p", 2), Map.entry("log2", 8), Map.entry("pow", 2), Map.entry("sin", 9),
            Map.entry("sinh", 2), Map.entry("tan", 16), Map.entry("gamma", 9));

    static double bits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    static double eval(String f, double x, double y) {
        switch (f) {
            case "acos": return Libm.acos(x);
            case "asin": return Libm.asin(x);
            case "atan": return Libm.atan(x);
            case "acosh": return Libm.acosh(x);
            case "asinh": return Libm.asinh(x);
            case "atanh": return Libm.atanh(x);
            case "cbrt": return Libm.cbrt(x);
            case "cos": return Libm.cos(x);
            case "sin": return Libm.sin(x);
            case "tan": return Libm.tan(x);
            case "cosh": return Libm.cosh(x);
            case "sinh": return Libm.sinh(x);
            case "tanh": return Libm.tanh(x);
            case "exp": return Libm.exp(x);
            case "exp2": return Libm.exp2(x);
            case "expm1": return Libm.expm1(x);
            case "log": return Libm.log(x);
            case "log2": return Libm.log2(x);
            case "log10": return Libm.log10(x);
            case "log1p": return Libm.log1p(x);
            case "sqrt": return Math.sqrt(x);
            case "erf": return Libm.erf(x);
            case "erfc": return Libm.erfc(x);
            case "gamma": return Gamma.gamma(x);
            case "lgamma": return Gamma.lgamma(x);
            case "atan2": return Libm.atan2(x, y);
            case "pow": return Libm.pow(x, y);
            case "hypot": return VectorNorm.norm(new double[] {Math.abs(x), Math.abs(y)});
            case "fmod": return x % y;
            case "remainder": return Math.IEEEremainder(x, y);
            case "copysign": return Math.copySign(x, y);
            default: throw new IllegalArgumentException(f);
        }
    }

    @Test
    void agreesWithGlibc() {
        Map<String, Integer> oneUlp = new TreeMap<>();
        Map<String, Integer> checked = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (String[] r : Cases.load("libm.tsv")) {
            if (!r[3].equals("ok")) {
                continue;
            }
            double x = bits(r[1]);
            double y = r[2].isEmpty() ? 0 : bits(r[2]);
            double want = bits(r[4]);
            double got = eval(r[0], x, y);
            checked.merge(r[0], 1, Integer::sum);
            long d = Math.abs(Double.doubleToLongBits(got) - Double.doubleToLongBits(want));
            if (d == 0) {
                continue;
            }
            if (d == 1 || r[0].equals("gamma") && d <= 3) {
                oneUlp.merge(r[0], 1, Integer::sum);
            } else {
                wrong.add(r[0] + "(" + x + (r[2].isEmpty() ? "" : ", " + y) + "): want " + want + ", got " + got);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(31, checked.size());
        for (Map.Entry<String, Integer> e : oneUlp.entrySet()) {
            int budget = ONE_ULP_BUDGET.getOrDefault(e.getKey(), 0);
            assertTrue(e.getValue() <= budget, e.getKey() + ": " + e.getValue() + " results one ulp off, budget "
                    + budget);
        }
    }

    @Test
    void exactFunctionsAgreeEverywhere() {
        for (String f : new String[] {"cbrt", "erf", "lgamma", "exp", "tanh", "asinh", "hypot", "sqrt"}) {
            for (String[] r : Cases.load("libm.tsv")) {
                if (r[0].equals(f) && r[3].equals("ok")) {
                    double x = bits(r[1]);
                    double y = r[2].isEmpty() ? 0 : bits(r[2]);
                    assertEquals(r[4], String.format("%016x", Double.doubleToRawLongBits(eval(f, x, y))),
                            f + "(" + x + ")");
                }
            }
        }
    }
}
