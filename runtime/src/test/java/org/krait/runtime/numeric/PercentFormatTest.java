package org.krait.runtime.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

import org.junit.jupiter.api.Test;

/** printf-style formatting against CPython 3.12.1 (tools/gen-numeric-cases.py). */
class PercentFormatTest {
    @Test
    void conversions() {
        Cases.check("percent.tsv", r -> {
            String out = Cases.outcome(() -> format(r[0], r[1], r[2], r[3]));
            // Huge results are compared as the generator's len=N:head...tail.
            return r[5].startsWith("len=") && out.startsWith("ok\t") ? "ok\t" + FormatSpecTest.summary(out.substring(3))
                    : out;
        });
    }

    /**
     * fmt % args for a format of one conversion, driven as the object model will drive it; the
     * value is an int, float bits, a code point or text by kind ("parse" rows pass the int 5).
     */
    private static String format(String kind, String fmt, String starArgs, String value) {
        Deque<String> stars = new ArrayDeque<>(starArgs.isEmpty() ? Arrays.asList() : Arrays.asList(starArgs.split(",")));
        PercentFormat.Spec spec = PercentFormat.parse(fmt, 1);
        if (spec.width == PercentFormat.STAR) {
            spec = spec.withStarWidth(Long.parseLong(stars.pop()));
        }
        if (spec.precision == PercentFormat.STAR) {
            spec = spec.withStarPrecision(new BigInteger(stars.pop()));
        }
        int conv = spec.conversion;
        if (!PercentFormat.isSupported(conv)) {
            throw PercentFormat.unsupported(conv, fmt.codePointCount(0, spec.end) - 1);
        }
        String out;
        if ("diuoxX".indexOf(conv) >= 0) {
            out = PercentFormat.formatInteger(spec, kind.equals("parse") ? BigInteger.valueOf(5) : Cases.integer(value),
                    IntText.DEFAULT_MAX_STR_DIGITS);
        } else if ("eEfFgG".indexOf(conv) >= 0) {
            double x = kind.equals("float") ? Cases.bits(value)
                    : IntMath.toDouble(kind.equals("parse") ? BigInteger.valueOf(5) : Cases.integer(value));
            out = PercentFormat.formatFloat(spec, x);
        } else if (conv == 'c') {
            out = PercentFormat.formatChar(spec, PercentFormat.charCode(Cases.integer(value)));
        } else {
            out = PercentFormat.formatText(spec, value);
        }
        return out + fmt.substring(spec.end);
    }

    @Test
    void parsesKeyFlagsWidthPrecision() {
        PercentFormat.Spec s = PercentFormat.parse("%(na(m)e)-+ #0*.*lx rest", 1);
        assertEquals("na(m)e", s.key);
        assertEquals(PercentFormat.LJUST | PercentFormat.SIGN | PercentFormat.BLANK | PercentFormat.ALT
                | PercentFormat.ZERO, s.flags);
        assertEquals(PercentFormat.STAR, s.width);
        assertEquals(PercentFormat.STAR, s.precision);
        assertEquals('x', s.conversion);
        assertEquals(19, s.end);
    }
}
