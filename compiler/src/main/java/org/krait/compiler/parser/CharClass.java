package org.krait.compiler.parser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Code point classes as CPython 3.12.1 defines them (Unicode 15.0): identifier start/continue
 * (PEP 3131, {@code _PyUnicode_IsXidStart/IsXidContinue}) and printable
 * ({@code Py_UNICODE_ISPRINTABLE}). The JDK's own tables are an older Unicode and differ in
 * details, so the ranges are generated from CPython by tools/gen-unicode-classes.py.
 */
public final class CharClass {
    private static final int[] XID_START;
    private static final int[] XID_CONTINUE;
    private static final int[] PRINTABLE;

    static {
        int[][] sections = new int[3][];
        try (InputStream in = CharClass.class.getResourceAsStream("unicode-classes.txt")) {
            if (in == null) {
                throw new IllegalStateException("unicode-classes.txt missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            int section = -1;
            int k = 0;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                int sp = line.indexOf(' ');
                if (line.charAt(0) > 'f') { // a section name; range lines are hex digits
                    section++;
                    sections[section] = new int[2 * Integer.parseInt(line.substring(sp + 1))];
                    k = 0;
                    continue;
                }
                sections[section][k++] = Integer.parseInt(line, 0, sp, 16);
                sections[section][k++] = Integer.parseInt(line, sp + 1, line.length(), 16);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        XID_START = sections[0];
        XID_CONTINUE = sections[1];
        PRINTABLE = sections[2];
    }

    private CharClass() {
    }

    static boolean isXidStart(int cp) {
        return cp < 128 ? (cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp == '_') : in(XID_START, cp);
    }

    static boolean isXidContinue(int cp) {
        return cp < 128 ? (cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp == '_' || cp >= '0' && cp <= '9')
                : in(XID_CONTINUE, cp);
    }

    public static boolean isPrintable(int cp) {
        return cp < 128 ? (cp >= 0x20 && cp < 0x7f) : in(PRINTABLE, cp);
    }

    /** Binary search in sorted inclusive [start, end] pairs. */
    private static boolean in(int[] ranges, int cp) {
        int n = ranges.length / 2;
        int lo = 0;
        int hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
