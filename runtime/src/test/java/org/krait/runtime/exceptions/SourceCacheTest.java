package org.krait.runtime.exceptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How traceback source lines are decoded and split (TextIOWrapper semantics, as CPython reads them). */
class SourceCacheTest {
    private static List<String> decode(byte[] b) {
        return SourceCache.decode(b, "t.py");
    }

    @Test
    void universalNewlinesAndNoLineEnds() {
        assertEquals(List.of("a", "b", "c", "", "d"), SourceCache.splitUniversal("a\nb\r\nc\r\rd"));
        assertEquals(List.of("a", "\fb"), SourceCache.splitUniversal("a\n\fb\n"));
        assertEquals(List.of("x\u2028y"), SourceCache.splitUniversal("x\u2028y")); // not a line end here
    }

    @Test
    void codingCookieIsHonoured() {
        byte[] latin1 = "# -*- coding: latin-1 -*-\nx = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("x = '\u00e9'", decode(latin1).get(1));
    }

    @Test
    void theBomStaysOnTheFirstLine() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', '\n'};
        assertEquals(List.of("\uFEFFx"), decode(bom));
    }

    @Test
    void undecodableFilesHaveNoLines() {
        assertNull(decode(new byte[] {'x', '\n', (byte) 0xFF, '\n'}));
    }

    @Test
    void namesInAngleBracketsAreNeverRead() {
        assertNull(new SourceCache().line("<string>", 1, null));
        assertNull(new SourceCache().line("/nonexistent/x.py", 1, null));
    }
}
