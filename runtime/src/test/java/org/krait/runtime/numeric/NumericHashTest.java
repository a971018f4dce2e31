package org.krait.runtime.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** hash() of int, float, complex and tuples against CPython 3.12.1 (tools/gen-numeric-cases.py). */
class NumericHashTest {
    @Test
    void hashes() {
        Cases.check("hash.tsv", r -> Cases.outcome(() -> run(r[0], r[1], r[2])));
    }

    private static String run(String kind, String a, String b) {
        switch (kind) {
            case "int": {
                BigInteger v = Cases.integer(a);
                long h = NumericHash.hashInt(v);
                if (v.bitLength() < 64) {
                    assertEquals(h, NumericHash.hashInt(v.longValue()), "long path");
                }
                return Long.toString(h);
            }
            case "float":
                return Long.toString(NumericHash.hashFloat(Cases.bits(a), 0));
            case "complex":
                return Long.toString(NumericHash.hashComplex(Cases.bits(a), Cases.bits(b), 0));
            case "tuple": {
                long[] items = a.isEmpty() ? new long[0] : Arrays.stream(a.split(" ")).mapToLong(Long::parseLong).toArray();
                long h = NumericHash.hashTuple(items);
                long acc = NumericHash.tupleStart();
                for (long item : items) {
                    acc = NumericHash.tupleStep(acc, item);
                }
                assertEquals(h, NumericHash.tupleFinish(acc, items.length), "incremental");
                return Long.toString(h);
            }
            default:
                throw new AssertionError("unknown kind " + kind);
        }
    }

    @Test
    void nanHashesByIdentity() {
        assertEquals(Long.rotateRight(0x7f12345670L, 4), NumericHash.hashFloat(Double.NaN, 0x7f12345670L));
        assertEquals(-2, NumericHash.hashPointer(-1));
        assertEquals(NumericHash.hashFloat(Double.NaN, 16) + 1000003 * 0, NumericHash.hashComplex(Double.NaN, 0.0, 16));
    }
}
