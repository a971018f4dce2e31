package org.krait.runtime.object;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.krait.compiler.unicode.CodePointBuilder;
import org.krait.runtime.ceval.Constants;

class PyWideStrTest {
    private static final PyStr HIGH = PyStr.of("\ud83d");
    private static final PyStr LOW = PyStr.of("\ude00");
    private static final PyStr ASTRAL = PyStr.of("\ud83d\ude00");

    @Test
    void concatenatingLoneSurrogatesMakesAWideStrOfTwoCodePoints() {
        PyStr pair = PyStr.concat(HIGH, LOW);
        assertTrue(pair instanceof PyWideStr);
        assertSame(PyStr.TYPE, pair.type());
        assertEquals(2, pair.length());
        assertEquals(1, ASTRAL.length());
        assertArrayEquals(new int[] {0xD83D, 0xDE00}, pair.codePoints());
        assertEquals(0xDE00, pair.codePointAt(1));
        assertFalse(WideText.equal(pair, ASTRAL));
        assertTrue(WideText.equal(pair, PyStr.concat(HIGH, LOW)));
        assertNotEquals(ASTRAL.hash(), pair.hash());
        assertTrue(WideText.compare(pair, ASTRAL) < 0);
    }

    @Test
    void ordinaryConcatenationStaysOrdinary() {
        PyStr s = PyStr.concat(PyStr.of("ab"), ASTRAL);
        assertEquals(PyStr.class, s.getClass());
        assertEquals(3, s.length());
        assertEquals(PyStr.class, PyStr.concat(LOW, HIGH).getClass());
    }

    @Test
    void slicesAndShadowFormsKeepCodePointsApart() {
        PyStr s = PyStr.of(new CodePointBuilder().append("a").append("\ud83d").append("\ude00").append("b"));
        assertEquals(4, s.length());
        assertArrayEquals(new int[] {0xD83D, 0xDE00}, WideText.slice(s, 1, 3, 1).codePoints());
        assertEquals(PyStr.class, WideText.slice(s, 2, 0, -1).getClass()); // "\ude00\ud83d" is ordinary
        String shadow = WideText.shadow(s);
        assertEquals(4, shadow.codePointCount(0, shadow.length()));
        assertArrayEquals(s.codePoints(), WideText.unshadow(shadow).codePoints());
        assertTrue(WideText.unshadow(shadow) instanceof PyWideStr);
        assertTrue(WideText.hasLoneSurrogate(HIGH));
        assertFalse(WideText.hasLoneSurrogate(ASTRAL));
    }

    @Test
    void classFileConstantsRebuildTheExactStr() {
        PyStr pair = PyStr.concat(HIGH, LOW);
        String pairs = ((org.krait.compiler.unicode.WideStr) pair.strValue()).toCharPairs();
        PyStr back = (PyStr) Constants.wideStr(pairs);
        assertTrue(WideText.equal(pair, back));
        PyTuple t = (PyTuple) Constants.decode("(2:w" + pairs.length() + ":" + pairs + "s1:x");
        assertTrue(WideText.equal(pair, (PyStr) t.items[0]));
        assertEquals("x", ((PyStr) t.items[1]).value());
    }
}
