package org.krait.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** String literal values, warnings and errors against CPython 3.12.1 (tools/gen-literal-expectations.py). */
class StringLiteralsTest {
    static List<String[]> cases(String kind) {
        List<String[]> out = new ArrayList<>();
        for (String line : TokenizerSnippetsTest.read(TokenizerSnippetsTest.RESOURCES.resolve("literals.txt"))
                .split("\n")) {
            String[] f = line.split("\t", -1);
            if (f[0].equals(kind)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Inverse of the generator's escaping. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'x' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    static String codePoints(Object value) {
        StringBuilder sb = new StringBuilder();
        java.util.stream.IntStream cps = value instanceof org.krait.compiler.unicode.WideStr w
                ? java.util.Arrays.stream(w.toArray()) : ((String) value).codePoints();
        cps.forEach(cp -> sb.append(sb.length() == 0 ? "" : " ").append(Integer.toHexString(cp)));
        return sb.toString();
    }

    @TestFactory
    Stream<DynamicTest> strValues() {
        return cases("STR").stream().map(f -> DynamicTest.dynamicTest(f[1], () -> {
            List<String> warnings = new ArrayList<>();
            Object v = StringLiterals.decode(unescape(f[1]), warnings::add);
            assertEquals(f[2], codePoints(v));
            assertEquals(f[3].equals("-") ? List.of() : List.of(unescape(f[3])), warnings);
        }));
    }

    @TestFactory
    Stream<DynamicTest> bytesValues() {
        return cases("BYTES").stream().map(f -> DynamicTest.dynamicTest(f[1], () -> {
            List<String> warnings = new ArrayList<>();
            Object v = StringLiterals.decode(unescape(f[1]), warnings::add);
            assertEquals(f[2], HexFormat.of().formatHex((byte[]) v));
            assertEquals(f[3].equals("-") ? List.of() : List.of(unescape(f[3])), warnings);
        }));
    }

    @TestFactory
    Stream<DynamicTest> errors() {
        return cases("ERROR").stream().map(f -> DynamicTest.dynamicTest(f[1], () -> {
            StringLiterals.DecodeError e = assertThrows(StringLiterals.DecodeError.class,
                    () -> StringLiterals.decode(unescape(f[1]), w -> { }));
            assertEquals(unescape(f[2]), e.getMessage());
        }));
    }

    @TestFactory
    Stream<DynamicTest> fstringMiddles() {
        return cases("FMID").stream().map(f -> DynamicTest.dynamicTest(f[2], () -> {
            List<String> warnings = new ArrayList<>();
            Object v = StringLiterals.decodeFstringMiddle(unescape(f[2]), f[1].equals("1"), warnings::add);
            assertEquals(f[3], codePoints(v));
            if (!f[4].equals("*")) {
                assertEquals(f[4].equals("-") ? List.of() : List.of(unescape(f[4])), warnings);
            }
        }));
    }

    @Test
    void undecodableSourceBytesFailLikeCPython() {
        // b"'ab\xc3'" and b"'\xf0\x9f\x98'" compiled by CPython 3.12.1
        String tok = SourceDecoder.decodeUtf8Escaping(new byte[] {'\'', 'a', 'b', (byte) 0xc3, '\''}, 0, 5);
        StringLiterals.DecodeError e = assertThrows(StringLiterals.DecodeError.class,
                () -> StringLiterals.decode(tok, w -> { }));
        assertEquals("(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 2: unexpected end of data",
                e.getMessage());
        String tok2 = SourceDecoder.decodeUtf8Escaping(new byte[] {'\'', (byte) 0xf0, (byte) 0x9f, (byte) 0x98, '\''},
                0, 5);
        e = assertThrows(StringLiterals.DecodeError.class, () -> StringLiterals.decode(tok2, w -> { }));
        assertEquals("(unicode error) 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data",
                e.getMessage());
    }

    @Test
    void prefixes() {
        assertEquals(2, StringLiterals.prefixLength("Rb'x'"));
        assertEquals(true, StringLiterals.isBytes("Rb'x'"));
        assertEquals(true, StringLiterals.isRaw("Rb'x'"));
        assertEquals(false, StringLiterals.isBytes("'b'"));
        assertArrayEquals(new byte[] {'a'}, (byte[]) StringLiterals.decode("b\"a\"", w -> { }));
    }
}
