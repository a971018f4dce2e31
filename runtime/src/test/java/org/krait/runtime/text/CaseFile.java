package org.krait.runtime.text;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Runs the cases of one file written by tools/gen-text-cases.py: each line is
 * [operation, arguments, expected]; the adapter runs the operation and returns its result in the
 * JSON shapes (String, Long, Boolean, List, null; bytes as hex). Errors are compared by Python
 * exception type and message. All mismatches are collected and reported together.
 */
final class CaseFile {
    private CaseFile() {
    }

    static int run(String resource, BiFunction<String, List<Object>, Object> adapter) throws IOException {
        List<String> failures = new ArrayList<>();
        int n = 0;
        int bad = 0;
        try (InputStream in = CaseFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            while ((line = r.readLine()) != null) {
                n++;
                @SuppressWarnings("unchecked")
                List<Object> c = (List<Object>) Json.parse(line);
                String op = (String) c.get(0);
                @SuppressWarnings("unchecked")
                List<Object> args = (List<Object>) c.get(1);
                @SuppressWarnings("unchecked")
                List<Object> expected = (List<Object>) c.get(2);
                Object actual;
                try {
                    actual = List.of("ok", wrap(adapter.apply(op, args)));
                } catch (CodecError e) {
                    actual = List.of("err", e.pythonTypeName(), e.getMessage(), e.encoding(), (long) e.start(),
                            (long) e.end(), e.reason());
                } catch (TextError e) {
                    actual = List.of("err", pythonName(e.kind()), e.getMessage());
                } catch (RuntimeException e) {
                    actual = List.of("err", "java:" + e, String.valueOf(e.getMessage()));
                }
                if (!expected.equals(actual)) {
                    bad++;
                    if (failures.size() < 40) {
                        failures.add(line + "\n      got " + actual);
                    }
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(bad + " of " + n + " cases differ from CPython:\n" + String.join("\n", failures));
        }
        return n;
    }

    /** Java results in the JSON shapes: ints as Long, arrays as lists, bytes as hex. */
    private static Object wrap(Object v) {
        if (v instanceof Integer) {
            return Long.valueOf((Integer) v);
        }
        if (v instanceof byte[]) {
            return HexFormat.of().formatHex((byte[]) v);
        }
        if (v instanceof Object[]) {
            return wrap(List.of((Object[]) v));
        }
        if (v instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object x : (List<?>) v) {
                out.add(wrap(x));
            }
            return out;
        }
        return v;
    }

    static String pythonName(TextError.Kind kind) {
        switch (kind) {
            case VALUE_ERROR: return "ValueError";
            case TYPE_ERROR: return "TypeError";
            case INDEX_ERROR: return "IndexError";
            case OVERFLOW_ERROR: return "OverflowError";
            default: return "LookupError";
        }
    }

    static String str(Object o) {
        return (String) o;
    }

    static long lng(Object o, long ifNull) {
        return o == null ? ifNull : (Long) o;
    }

    static byte[] bytes(Object o) {
        return o == null ? null : HexFormat.of().parseHex((String) o);
    }
}
