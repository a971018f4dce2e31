package org.krait.runtime.object;

import org.krait.compiler.unicode.CodePointBuilder;
import org.krait.compiler.unicode.WideStr;

/**
 * An exact {@code str} whose code points include a high surrogate directly followed by a low one
 * ("\ud83d\ude00", two code points), which a Java String would read as one astral character
 * (ADR 0008). It keeps its code points; its {@link #value()} is the merged text, for code that
 * only needs something readable. Being a Java subclass keeps it off every fast path that tests
 * {@code getClass() == PyStr.class}: dicts, sets and comparisons take the slot path, which knows
 * about code points.
 */
public final class PyWideStr extends PyStr {
    private final WideStr text;

    PyWideStr(WideStr text) {
        super(text.merged());
        this.text = text;
    }

    public WideStr text() {
        return text;
    }

    @Override
    public Object strValue() {
        return text;
    }

    @Override
    public boolean isWide() {
        return true;
    }

    @Override
    public boolean isBmp() {
        return false;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public int codePointAt(int i) {
        return text.codePointAt(i);
    }

    @Override
    public int[] codePoints() {
        return text.toArray();
    }

    @Override
    public void appendTo(CodePointBuilder b) {
        b.appendValue(text);
    }

    /** Differs from the hash of the merged text, so the two strs rarely meet in a dict's probe. */
    @Override
    public long hash() {
        long h = text.hashCode() * 0x9E3779B97F4A7C15L + 0x5851F42D4C957F2DL;
        h ^= h >>> 29;
        return h == -1 ? -2 : h;
    }
}
