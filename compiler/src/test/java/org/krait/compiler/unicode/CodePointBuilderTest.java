package org.krait.compiler.unicode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodePointBuilderTest {
    private static final String HIGH = "\ud83d";
    private static final String LOW = "\ude00";
    private static final String ASTRAL = "\ud83d\ude00"; // one Java pair: U+1F600

    @Test
    void loneSurrogatesMeetingAtASeamStayTwoCodePoints() {
        Object v = new CodePointBuilder().append("a").append(HIGH).append(LOW).append("b").value();
        WideStr w = (WideStr) v;
        assertArrayEquals(new int[] {'a', 0xD83D, 0xDE00, 'b'}, w.toArray());
        assertEquals(4, w.length());
        assertEquals("a" + ASTRAL + "b", w.merged());
    }

    @Test
    void astralCharactersAndLoneSurrogatesAloneStayStrings() {
        assertEquals("x" + ASTRAL + HIGH, new CodePointBuilder().append("x" + ASTRAL).append(HIGH).value());
        assertEquals(LOW + HIGH, new CodePointBuilder().append(LOW).appendCodePoint(0xD83D).value());
        assertEquals(ASTRAL, new CodePointBuilder().appendCodePoint(0x1F600).value());
        CodePointBuilder b = new CodePointBuilder().append(HIGH).appendCodePoint('x').appendCodePoint(0xDE00);
        assertFalse(b.isWide());
        assertEquals(HIGH + "x" + LOW, b.string());
    }

    @Test
    void codePointAppendsSeparateTooAndAstralTextAfterwardsStaysOneCodePoint() {
        CodePointBuilder b = new CodePointBuilder().appendCodePoint(0xD800).appendCodePoint(0xDC00);
        assertTrue(b.isWide());
        b.append(ASTRAL).appendValue(new CodePointBuilder().append(HIGH).append(LOW).value());
        assertArrayEquals(new int[] {0xD800, 0xDC00, 0x1F600, 0xD83D, 0xDE00}, b.codePoints());
    }

    @Test
    void valuesCompareByCodePointsAndNeverEqualTheMergedString() {
        Object a = CodePointBuilder.concat(HIGH, LOW);
        Object b = CodePointBuilder.valueOf(new int[] {0xD83D, 0xDE00}, 0, 2);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(ASTRAL, a);
        assertEquals("'\\ud83d\\ude00'", StringRepr.str((WideStr) a));
        assertEquals("'\\ud83d\\ude00'", StringRepr.ascii((WideStr) a));
    }

    @Test
    void charPairsCarryEveryCodePointThroughAClassFile() {
        WideStr w = (WideStr) CodePointBuilder.valueOf(new int[] {0, 0xD83D, 0xDE00, 0x10FFFF, 'q'}, 0, 5);
        String pairs = w.toCharPairs();
        assertEquals(10, pairs.length());
        assertEquals(w, WideStr.fromCharPairs(pairs));
    }
}
