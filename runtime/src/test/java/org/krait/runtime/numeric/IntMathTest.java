package org.krait.runtime.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** int arithmetic against CPython 3.12.1 (tools/gen-numeric-cases.py). */
class IntMathTest {
    @Test
    void arithmetic() {
        Cases.check("int_math.tsv",
                r -> FloatMathTest.glibcNote(Cases.outcome(() -> run(r[0], r[1], r[2], r[3])), r[5]));
    }

    private static String run(String op, String as, String bs, String cs) {
        switch (op) {
            case "frombytes": {
                byte[] data = HexFormat.of().parseHex(as);
                return IntMath.fromBytes(data, order(cs), cs.endsWith(",signed")).toString();
            }
            case "tobytes":
                return HexFormat.of().formatHex(IntMath.toBytes(Cases.integer(as), Long.parseLong(bs), order(cs),
                        cs.endsWith(",signed")));
            default:
                break;
        }
        BigInteger a = Cases.integer(as);
        BigInteger b = bs.isEmpty() ? null : Cases.integer(bs);
        boolean longs = a.bitLength() < 64 && (b == null || b.bitLength() < 64);
        long la = a.longValue();
        long lb = b == null ? 0 : b.longValue();
        switch (op) {
            case "floordiv": {
                String big = Cases.bigResult(IntMath.floorDiv(a, b));
                if (longs) {
                    assertEquals(big, IntMath.floorDiv(la, lb).toString(), "long //");
                }
                return big;
            }
            case "mod": {
                String big = Cases.bigResult(IntMath.mod(a, b));
                if (longs) {
                    assertEquals(big, Long.toString(IntMath.mod(la, lb)), "long %");
                }
                return big;
            }
            case "divmod": {
                BigInteger[] qr = IntMath.divmod(a, b);
                String big = qr[0] + " " + qr[1];
                if (longs) {
                    Number[] l = IntMath.divmod(la, lb);
                    assertEquals(big, l[0] + " " + l[1], "long divmod");
                }
                return big;
            }
            case "truediv": {
                String big = Cases.hex(IntMath.trueDivide(a, b));
                if (longs) {
                    assertEquals(big, Cases.hex(IntMath.trueDivide(la, lb)), "long /");
                }
                return big;
            }
            case "float":
                return Cases.hex(IntMath.toDouble(a));
            case "bitlength":
                if (longs) {
                    assertEquals(IntMath.bitLength(a), IntMath.bitLength(la));
                }
                return Long.toString(IntMath.bitLength(a));
            case "bitcount":
                if (longs) {
                    assertEquals(IntMath.bitCount(a), IntMath.bitCount(la));
                }
                return Long.toString(IntMath.bitCount(a));
            case "pow": {
                if (b.signum() < 0) {
                    return Cases.hex(IntMath.truePow(a, b));
                }
                String big = Cases.bigResult(IntMath.pow(a, b));
                if (longs) {
                    Number n = IntMath.pow(la, lb);
                    assertEquals(big, Cases.bigResult(n instanceof BigInteger ? (BigInteger) n
                            : BigInteger.valueOf(n.longValue())), "long pow");
                }
                return big;
            }
            case "powmod":
                return Cases.bigResult(IntMath.powMod(a, b, Cases.integer(cs)));
            case "lshift": {
                String big = Cases.bigResult(IntMath.shiftLeft(a, b));
                if (longs) {
                    Number n = IntMath.shiftLeft(la, lb);
                    assertEquals(big, Cases.bigResult(n instanceof BigInteger ? (BigInteger) n
                            : BigInteger.valueOf(n.longValue())), "long <<");
                }
                return big;
            }
            case "rshift": {
                String big = Cases.bigResult(IntMath.shiftRight(a, b));
                if (longs) {
                    assertEquals(big, Long.toString(IntMath.shiftRight(la, lb)), "long >>");
                }
                return big;
            }
            default:
                throw new AssertionError("unknown op " + op);
        }
    }

    private static String order(String c) {
        return c.endsWith(",signed") ? c.substring(0, c.length() - 7) : c;
    }

    @Test
    void normalize() {
        assertEquals(5L, IntMath.normalize(BigInteger.valueOf(5)));
        assertEquals(BigInteger.ONE.shiftLeft(63), IntMath.normalize(BigInteger.ONE.shiftLeft(63)));
        assertEquals(BigInteger.ONE.shiftLeft(63), IntMath.floorDiv(Long.MIN_VALUE, -1));
    }

    @Test
    void smallQuotientsMatchLongDivision() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            BigInteger b = new BigInteger(r.nextInt(128, 3000), new java.util.Random(r.nextLong()));
            if (r.nextInt(4) == 0) {
                b = b.setBit(b.bitLength()).subtract(BigInteger.ONE); // all ones: the estimate's worst case
            }
            BigInteger q = BigInteger.valueOf(r.nextLong(0, 1L << r.nextInt(1, 31)));
            BigInteger rem = new BigInteger(b.bitLength(), new java.util.Random(r.nextLong())).mod(b.max(BigInteger.ONE));
            BigInteger a = b.multiply(q).add(r.nextBoolean() ? rem : b.subtract(BigInteger.ONE).max(BigInteger.ZERO));
            assertEquals(a.divide(b), IntMath.floorDiv(a, b), a + " // " + b);
        }
        BigInteger big = BigInteger.ONE.shiftLeft(200);
        assertEquals(BigInteger.ZERO, IntMath.floorDiv(big, big.add(BigInteger.ONE)));
        assertEquals(BigInteger.ONE.shiftLeft(30), IntMath.floorDiv(big.shiftLeft(30), big));
        assertEquals(BigInteger.valueOf(-1), IntMath.floorDiv(big.negate(), big.add(BigInteger.ONE)));
        assertEquals(BigInteger.valueOf(-2), IntMath.floorDiv(big.negate().subtract(BigInteger.ONE), big));
    }
}
