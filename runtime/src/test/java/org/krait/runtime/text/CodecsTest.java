package org.krait.runtime.text;

import static org.krait.runtime.text.CaseFile.bytes;
import static org.krait.runtime.text.CaseFile.lng;
import static org.krait.runtime.text.CaseFile.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Decoding and encoding against the results CPython 3.12.1's _codecs gave (codec-cases.jsonl). */
class CodecsTest {
    @Test
    void codecsMatchCPython() throws IOException {
        int n = CaseFile.run("codec-cases.jsonl", CodecsTest::apply);
        assertTrue(n > 15000, "cases read: " + n);
    }

    private static Object apply(String op, List<Object> a) {
        switch (op) {
            case "decode": {
                Codecs.Decoded d = Codecs.decode(bytes(a.get(1)), str(a.get(0)), ErrorHandlers.named(str(a.get(2))),
                        (Boolean) a.get(3));
                return List.of(d.text, (long) d.consumed);
            }
            case "utf_16_ex_decode":
            case "utf_32_ex_decode": {
                int bo = (int) lng(a.get(2), 0);
                String codec = (op.startsWith("utf_16") ? "utf-16" : "utf-32")
                        + (bo == 0 ? "" : bo < 0 ? "-le" : "-be");
                Codecs.Decoded d = Codecs.decode(bytes(a.get(0)), codec, ErrorHandlers.named(str(a.get(1))),
                        (Boolean) a.get(3));
                return List.of(d.text, (long) d.consumed, (long) d.byteorder);
            }
            case "encode": return Codecs.encode(str(a.get(1)), str(a.get(0)), ErrorHandlers.named(str(a.get(2))));
            case "fastdecode": return BytesOps.decode(bytes(a.get(0)), str(a.get(1)), str(a.get(2)));
            case "fastencode": return Codecs.encode(str(a.get(0)), str(a.get(1)), str(a.get(2)));
            default: throw new IllegalArgumentException("unknown operation " + op);
        }
    }

    @Test
    void customHandlerPositionIsChecked() {
        ErrorHandler skipTwo = e -> ErrorHandler.Replacement.text("?", e.end() + 1);
        assertEquals("a?c", Codecs.decode(new byte[] {'a', (byte) 0xFF, 'b', 'c'}, "utf-8", skipTwo, true).text);
        ErrorHandler fromEnd = e -> ErrorHandler.Replacement.text("<", -1);
        assertEquals("a<c", Codecs.decode(new byte[] {'a', (byte) 0xFF, 'b', 'c'}, "utf-8", fromEnd, true).text);
        ErrorHandler outside = e -> ErrorHandler.Replacement.text("", 9);
        TextError err = org.junit.jupiter.api.Assertions.assertThrows(TextError.class,
                () -> Codecs.decode(new byte[] {(byte) 0xFF}, "utf-8", outside, true));
        assertEquals(TextError.Kind.INDEX_ERROR, err.kind());
        assertEquals("position 9 from error handler out of bounds", err.getMessage());
    }
}
