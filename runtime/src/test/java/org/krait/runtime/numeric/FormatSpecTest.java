package org.krait.runtime.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/** format() of float, int, bool, complex and str against CPython 3.12.1 (tools/gen-numeric-cases.py). */
class FormatSpecTest {
    @Test
    void floats() {
        Cases.check("format_float.tsv",
                r -> Cases.outcome(() -> FormatSpec.formatFloat(Cases.bits(r[0]), r[1], "float")));
    }

    @Test
    void ints() {
        Cases.check("format_int.tsv", r -> {
            BigInteger v = Cases.integer(r[0]);
            String typeName = r[1];
            String spec = r[2];
            if (spec.isEmpty() && typeName.equals("bool")) {
                return "ok\t" + (v.signum() != 0 ? "True" : "False"); // the caller's str(obj)
            }
            String out = Cases.outcome(() -> FormatSpec.formatInt(v, spec, typeName, IntText.DEFAULT_MAX_STR_DIGITS));
            if (v.bitLength() < 64) {
                String viaLong = Cases.outcome(
                        () -> FormatSpec.formatInt(v.longValue(), spec, typeName, IntText.DEFAULT_MAX_STR_DIGITS));
                assertEquals(out, viaLong, "long and BigInteger paths for " + v + " " + spec);
            }
            return r[4].startsWith("len=") && out.startsWith("ok\t") ? "ok\t" + summary(out.substring(3)) : out;
        });
    }

    /** The generator's len=N:head...tail of a huge result. */
    static String summary(String s) {
        return "len=" + s.length() + ":" + s.substring(0, 20) + "..." + s.substring(s.length() - 20);
    }

    @Test
    void complexes() {
        Cases.check("format_complex.tsv", r -> Cases.outcome(
                () -> FormatSpec.formatComplex(Cases.bits(r[0]), Cases.bits(r[1]), r[2], "complex")));
    }

    @Test
    void strings() {
        Cases.check("format_str.tsv", r -> Cases.outcome(() -> FormatSpec.formatStr(r[0], r[1], "str")));
    }

    @Test
    void parsedFields() {
        FormatSpec f = FormatSpec.parse("*^+z#012_.3e", 0, '>', "float");
        assertEquals('*', f.fill);
        assertEquals('^', f.align);
        assertEquals('+', f.sign);
        assertEquals(true, f.noNegativeZero);
        assertEquals(true, f.alternate);
        assertEquals(12, f.width);
        assertEquals(FormatSpec.LT_UNDERSCORE_LOCALE, f.grouping);
        assertEquals(3, f.precision);
        assertEquals('e', f.type);
        FormatSpec g = FormatSpec.parse("𝄞<", 's', '<', "str");
        assertEquals(0x1d11e, g.fill);
        assertEquals(-1, g.width);
        assertEquals('s', g.type);
    }

    @Test
    void widthBeyondAJavaStringIsAMemoryError() {
        assertThrows(OutOfMemoryError.class, () -> FormatSpec.formatInt(1, "9999999999999", "int", 4300));
        assertThrows(OutOfMemoryError.class, () -> FormatSpec.formatStr("a", ">9999999999999", "str"));
    }
}
