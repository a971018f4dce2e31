package org.krait.compiler.ir;

import java.math.BigInteger;

import org.krait.compiler.ast.ComplexValue;
import org.krait.compiler.ast.PySingleton;

/** Facts about constant values that several compiler phases need. */
public final class ConstValues {
    private ConstValues() {
    }

    /** Python's truth value of a constant ({@code PyObject_IsTrue}). */
    public static boolean isTrue(Object v) {
        if (v == PySingleton.None) {
            return false;
        } else if (v instanceof Boolean b) {
            return b;
        } else if (v instanceof BigInteger i) {
            return i.signum() != 0;
        } else if (v instanceof Double d) {
            return d != 0.0;
        } else if (v instanceof ComplexValue c) {
            return c.real() != 0.0 || c.imag() != 0.0;
        } else if (v instanceof String s) {
            return !s.isEmpty();
        } else if (v instanceof Bytes b) {
            return b.length() > 0;
        } else if (v instanceof byte[] b) {
            return b.length > 0;
        } else if (v instanceof ConstTuple t) {
            return t.size() > 0;
        } else if (v instanceof ConstFrozenset f) {
            return !f.items().isEmpty();
        }
        return true;
    }
}
