package org.krait.runtime.exceptions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The caret line under a traceback source line. Expected strings are what CPython 3.12.1 printed
 * for the innermost frame of a program whose failing statement was {@code line}; the positions
 * are those of the failing AST node (lineno, end_lineno, col_offset, end_col_offset in UTF-8 bytes).
 */
class CaretLineTest {
    private static void check(String expected, String line, int startLine, int endLine, int startCol, int endCol) {
        assertEquals(expected, CaretLine.build(line, startLine, endLine, startCol, endCol), line);
    }

    @Test
    void binaryOperationsAreAnchoredAtTheirOperator() {
        check("        ~~^~~~~~~\n", "x = a + b * 2", 7, 7, 4, 13);
        check("    ~~^~~\n", "a + b", 7, 7, 0, 5);
        check("        ~~^~~\n", "x = a - b   ", 7, 7, 4, 9);
    }

    @Test
    void closingParenthesesAndBlanksBeforeTheOperatorAreSkipped() {
        check("        ~~~^~\n", "x = (a)+b", 7, 7, 4, 9);
        check("        ~~~~^^~~~~\n", "x = (a) ** (b)", 7, 7, 4, 14);
        check("        ~~~^^~~~~~~\n", "x = a  //  zero", 7, 7, 4, 15);
    }

    @Test
    void subscriptsAreAnchoredAtTheirBrackets() {
        check("        ~~^^^^^^^\n", "x = d [ \"k\" ]", 7, 7, 4, 13);
    }

    @Test
    void wideCharactersTakeTwoColumns() {
        check("                    ~^^^^^^^^\n", "x = d[\"名前\"] + d[\"住所\"]", 7, 7, 18, 29);
        check("        ~~~~~~~~~^^^^^^\n", "x = {\"🍎\": 1}[\"🍊\"]", 7, 7, 4, 23);
    }

    @Test
    void multiByteNarrowCharactersTakeOneColumn() {
        check("        ~~~~^~~\n", "x = \"é\" + a", 7, 7, 4, 12);
    }

    @Test
    void indentationIsStrippedWhetherSpacesOrTabs() {
        check("        ~~^~~\n", "    x = a - b", 8, 8, 8, 13);
        check("        ~~^~~\n", "\tx = a - b", 8, 8, 5, 10);
    }

    @Test
    void plainCaretsWhenTheSegmentIsNotABinOpOrSubscript() {
        check("        ^^^^^^\n", "x = int(b)", 7, 7, 4, 10);
    }

    @Test
    void noCaretLineWhenPlainCaretsWouldCoverTheWholeLine() {
        assertNull(CaretLine.build("int(b)", 7, 7, 0, 6));
        assertNull(CaretLine.build("    raise ValueError(x)", 3, 3, 4, 23));
    }

    @Test
    void multiLineRangesRunToTheEndOfTheirFirstLine() {
        check("         ^^^\n", "x = (a +", 7, 8, 5, 6);
        // the C code scans the UTF-8 bytes from the length in characters: '日本' counts as written
        check("         ^^^^^^^^\n", "x = ('日本' +", 7, 8, 5, 6);
        check("         ~~~~~~~^~~\n", "x = ('日本' + a   ", 7, 7, 5, 17);
    }

    @Test
    void byteOffsetsBecomeCharacterOffsets() {
        assertEquals(0, CaretLine.byteToCharOffset("abc", 0));
        assertEquals(3, CaretLine.byteToCharOffset("abc", 3));
        assertEquals(4, CaretLine.byteToCharOffset("abc", 9)); // clamped to one past the end: the NUL
        assertEquals(2, CaretLine.byteToCharOffset("é日x", 5));
        assertEquals(2, CaretLine.byteToCharOffset("é日x", 3)); // a cut sequence decodes to one U+FFFD
        assertEquals(2, CaretLine.byteToCharOffset("🍎x", 5));
        assertEquals(1, CaretLine.byteToCharOffset("🍎x", 4));
    }

    @Test
    void displayWidthCountsWideCharactersTwiceAndAsciiAsIs() {
        int[] cps = "a日本b".codePoints().toArray();
        assertEquals(6, CaretLine.displayWidth(cps, 4));
        assertEquals(3, CaretLine.displayWidth(cps, 2));
        assertEquals(1, CaretLine.displayWidth(cps, 1));
        int[] ascii = "abc".codePoints().toArray();
        assertEquals(7, CaretLine.displayWidth(ascii, 7)); // ASCII answers the offset unclamped
    }

    @Test
    void anchorsOfSegments() {
        assertArrayEquals(new int[] {2, 3}, CaretLine.anchorsInSegment("a + b"));
        assertArrayEquals(new int[] {3, 4}, CaretLine.anchorsInSegment("(a)+b"));
        assertArrayEquals(new int[] {2, 4}, CaretLine.anchorsInSegment("a // b"));
        assertArrayEquals(new int[] {4, 6}, CaretLine.anchorsInSegment("(a) ** (b)"));
        assertArrayEquals(new int[] {1, 4}, CaretLine.anchorsInSegment("x[1]"));
        assertArrayEquals(new int[] {2, 7}, CaretLine.anchorsInSegment("x [ 1 ]"));
        assertArrayEquals(new int[] {1, 11}, CaretLine.anchorsInSegment("d[\"名前\"]"));
        assertNull(CaretLine.anchorsInSegment("f(x)"));
        assertNull(CaretLine.anchorsInSegment("a.b"));
        assertNull(CaretLine.anchorsInSegment("a +"));
        assertNull(CaretLine.anchorsInSegment("x = a + b"));
        assertNull(CaretLine.anchorsInSegment(""));
    }
}
