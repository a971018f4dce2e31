package org.krait.runtime.numeric;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The CPython-generated cases of tools/gen-numeric-cases.py: tab-separated lines of inputs, an
 * outcome ("ok" or the exception class) and the result or message.
 */
final class Cases {
    private Cases() {
    }

    /** The rows of resource numeric/NAME, cells unescaped. */
    static List<String[]> load(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Cases.class.getResourceAsStream("/numeric/" + name)) {
            if (in == null) {
                fail("missing resource numeric/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("# ")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = unescape(cells[i]);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return rows;
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 't':
                    sb.append('\t');
                    break;
                case 'n':
                    sb.append('\n');
                    break;
                case 'r':
                    sb.append('\r');
                    break;
                case 'x':
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                    break;
                default:
                    sb.append(e);
                    break;
            }
        }
        return sb.toString();
    }

    /** A double from its 16 hex digits of IEEE bits. */
    static double bits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    /** A double's 16 hex digits of IEEE bits, as the generator writes them. */
    static String hex(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    /** An int written in decimal, or past 3000 bits as [-]0x hex. */
    static BigInteger integer(String s) {
        if (s.startsWith("0x")) {
            return new BigInteger(s.substring(2), 16);
        }
        if (s.startsWith("-0x")) {
            return new BigInteger(s.substring(3), 16).negate();
        }
        return new BigInteger(s);
    }

    /** An int result as the generator writes it: past 256 bits as h:hash:bit_length. */
    static String bigResult(BigInteger v) {
        if (v.abs().bitLength() > 256) {
            return "h:" + NumericHash.hashInt(v) + ":" + v.abs().bitLength();
        }
        return v.toString();
    }

    /** "ok\tresult" or "ExceptionClass\tmessage", as the generator's outcome(). */
    static String outcome(Callable<String> call) {
        try {
            return "ok\t" + call.call();
        } catch (NumericError e) {
            return pythonName(e.kind()) + "\t" + e.pythonStr();
        } catch (OutOfMemoryError e) {
            return "MemoryError\t";
        } catch (Exception e) {
            return "JavaException\t" + e;
        }
    }

    static String pythonName(NumericError.Kind kind) {
        switch (kind) {
            case VALUE_ERROR:
                return "ValueError";
            case TYPE_ERROR:
                return "TypeError";
            case OVERFLOW_ERROR:
                return "OverflowError";
            default:
                return "ZeroDivisionError";
        }
    }

    /**
     * Runs every row: the last two cells are the expected outcome, the rest the inputs handed to
     * the function. Fails listing the first mismatches; returns the number of rows checked.
     */
    static int check(String name, Function<String[], String> actual) {
        List<String[]> rows = load(name);
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String[] row : rows) {
            n++;
            String expected = row[row.length - 2] + "\t" + row[row.length - 1];
            String got;
            try {
                got = actual.apply(row);
            } catch (RuntimeException | Error e) {
                got = "threw " + e;
            }
            if (got == null) {
                n--; // a row this test does not cover
                continue;
            }
            if (!expected.equals(got)) {
                failures.add(String.join(" | ", java.util.Arrays.copyOf(row, row.length - 2)) + "\n    expected: "
                        + expected + "\n    actual:   " + got);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + n + " cases of " + name + " differ from CPython, the first:\n"
                    + String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
        }
        assertTrue(n > 0, "no cases in " + name);
        return n;
    }
}
