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
}
