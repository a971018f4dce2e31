package org.krait.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.krait.compiler.ast.ComplexValue;

/** Number literal values against CPython 3.12.1 (tools/gen-literal-expectations.py); floats compared bit-exactly. */
class NumberLiteralsTest {
    @TestFactory
    Stream<DynamicTest> ints() {
        return StringLiteralsTest.cases("INT").stream().map(f -> DynamicTest.dynamicTest(f[1],
                () -> assertEquals(new BigInteger(f[2]), NumberLiterals.parse(f[1]))));
    }

    @TestFactory
    Stream<DynamicTest> floats() {
        return StringLiteralsTest.cases("FLOAT").stream().map(f -> DynamicTest.dynamicTest(f[1],
                () -> assertEquals(pyFloatHex(f[2]), (Double) NumberLiterals.parse(f[1]))));
    }

    @TestFactory
    Stream<DynamicTest> imaginaries() {
        return StringLiteralsTest.cases("IMAG").stream().map(f -> DynamicTest.dynamicTest(f[1],
                () -> assertEquals(new ComplexValue(0.0, pyFloatHex(f[2])), NumberLiterals.parse(f[1]))));
    }

    /** Reads Python's float.hex() form ("0x1.8p+1", "inf", "0x0.0p+0"). */
    static double pyFloatHex(String s) {
        if (s.equals("inf")) {
            return Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(s);
    }

    @org.junit.jupiter.api.Test
    void decimalDigitLimit() {
        // compile('1' * 4301) under CPython 3.12.1; 4300 digits, hex and floats pass
        assertEquals(new BigInteger("1".repeat(4300)), NumberLiterals.parse("1".repeat(4300)));
        NumberLiterals.LimitError e = org.junit.jupiter.api.Assertions.assertThrows(NumberLiterals.LimitError.class,
                () -> NumberLiterals.parse("1_".repeat(4300) + "1"));
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use "
                + "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer "
                + "literals to avoid decimal conversion limits.", e.getMessage());
        assertEquals(new BigInteger("f".repeat(5000), 16), NumberLiterals.parse("0x" + "f".repeat(5000)));
        assertEquals(Double.POSITIVE_INFINITY, NumberLiterals.parse("1".repeat(4301) + ".0"));
        assertEquals(new BigInteger("1".repeat(5000)), NumberLiterals.parse("1".repeat(5000), 0));
    }
}
