package org.krait.runtime.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/** int(str, base), str/hex/oct/bin of ints and float(str) against CPython 3.12.1 (tools/gen-numeric-cases.py). */
class TextConversionTest {
    @Test
    void conversions() {
        Cases.check("int_text.tsv", r -> Cases.outcome(() -> run(r[0], r[1], r[2])));
    }

    private static String run(String op, String a, String b) {
        switch (op) {
            case "int": {
                int base = Integer.parseInt(b);
                IntText.checkBase(base);
                BigInteger v = IntText.parseInt(a, base, IntText.DEFAULT_MAX_STR_DIGITS);
                return v.abs().bitLength() > 200 ? "hash=" + NumericHash.hashInt(v) : v.toString();
            }
            case "tostring": {
                String s = IntText.toString(Cases.integer(a), Integer.parseInt(b), IntText.DEFAULT_MAX_STR_DIGITS);
                return s.length() > 4000 ? "len=" + s.length() : s;
            }
            case "float":
                return Cases.hex(FloatText.parse(a));
            default:
                throw new AssertionError("unknown op " + op);
        }
    }

    @Test
    void limitIsPerCall() {
        String digits = "1".repeat(5000);
        assertEquals(5000, IntText.parseInt(digits, 10, 0).toString().length());
        assertEquals(digits, IntText.toDecimalString(new BigInteger(digits), 5000));
    }

    @Test
    void negativeNanKeepsItsSign() {
        assertEquals(true, Double.doubleToRawLongBits(FloatText.parse("-nan")) < 0);
        assertEquals(true, Double.doubleToRawLongBits(FloatText.fromHex("-nan")) < 0);
    }
}
