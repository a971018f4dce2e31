package org.krait.runtime.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** float.__repr__ and complex.__repr__ against CPython 3.12.1 (tools/gen-numeric-cases.py). */
class FloatReprTest {
    @Test
    void reprOfPowersNeighboursAndRandomDoubles() {
        Cases.check("repr.tsv", r -> "ok\t" + FloatRepr.repr(Cases.bits(r[0])));
    }

    @Test
    void reprSwitchesToExponentAt1e16AndBelow1em4() {
        assertEquals("1e+16", FloatRepr.repr(1e16));
        assertEquals("9999999999999998.0", FloatRepr.repr(9999999999999998.0));
        assertEquals("0.0001", FloatRepr.repr(1e-4));
        assertEquals("1e-05", FloatRepr.repr(1e-5));
        assertEquals("-0.0", FloatRepr.repr(-0.0));
        assertEquals("5e-324", FloatRepr.repr(Double.MIN_VALUE));
        // JDK 17's Double.toString is not shortest here: 1.9999999999999998E23, 2.11504914220821504E17.
        assertEquals("2e+23", FloatRepr.repr(2e23));
        assertEquals("2.115049142208215e+17", FloatRepr.repr(2.11504914220821504E17));
    }

    @Test
    void complexRepr() {
        assertEquals("1j", FloatRepr.complexRepr(0.0, 1.0));
        assertEquals("(-0+1j)", FloatRepr.complexRepr(-0.0, 1.0));
        assertEquals("(1-0j)", FloatRepr.complexRepr(1.0, -0.0));
        assertEquals("(nan+infj)", FloatRepr.complexRepr(Double.NaN, Double.POSITIVE_INFINITY));
        assertEquals("(1e+16-2.5j)", FloatRepr.complexRepr(1e16, -2.5));
    }

    @Test
    void doubleToStringFlags() {
        assertEquals("+1.50", FloatRepr.toString(1.5, 'f', 2, FloatRepr.SIGN));
        assertEquals("0.00", FloatRepr.toString(-0.001, 'f', 2, FloatRepr.NO_NEG_0));
        assertEquals("-0.00", FloatRepr.toString(-0.001, 'f', 2, 0));
        assertEquals("1.e+20", FloatRepr.toString(1e20, 'r', 0, FloatRepr.ALT | FloatRepr.ADD_DOT_0));
        assertEquals("+NAN", FloatRepr.toString(-Double.NaN, 'G', 3, FloatRepr.SIGN));
        assertEquals("-INF", FloatRepr.toString(Double.NEGATIVE_INFINITY, 'E', 3, 0));
    }
}
