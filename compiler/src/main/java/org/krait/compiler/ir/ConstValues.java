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

    /**
     * Python's {@code ==} between constants, as a set uses it to drop duplicates: numbers compare
     * by value across bool, int, float and complex; NaN equals only itself (the same object).
     */
    public static boolean pyEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (isNumber(a) && isNumber(b)) {
            if (imag(a) != imag(b)) {
                return false;
            }
            BigInteger ia = integer(a);
            BigInteger ib = integer(b);
            if (ia != null && ib != null) {
                return ia.equals(ib);
            } else if (ia != null) {
                return exactlyEquals(ia, real(b));
            } else if (ib != null) {
                return exactlyEquals(ib, real(a));
            }
            return real(a) == real(b);
        }
        if (a instanceof ConstTuple t && b instanceof ConstTuple u) {
            if (t.size() != u.size()) {
                return false;
            }
            for (int i = 0; i < t.size(); i++) {
                if (!pyEquals(t.get(i), u.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return !(a instanceof Double) && !(a instanceof ComplexValue) && a.equals(b);
    }

    private static boolean isNumber(Object v) {
        return v instanceof Boolean || v instanceof BigInteger || v instanceof Double || v instanceof ComplexValue;
    }

    /** The exact integer value of a bool or int, or null for float and complex. */
    private static BigInteger integer(Object v) {
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return v instanceof BigInteger i ? i : null;
    }

    private static double real(Object v) {
        return v instanceof ComplexValue c ? c.real() : (Double) v;
    }

    private static double imag(Object v) {
        return v instanceof ComplexValue c ? c.imag() : 0.0;
    }

    /** int == float without rounding: the float must be integral and hold exactly that integer. */
    private static boolean exactlyEquals(BigInteger i, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.rint(d)) {
            return false;
        }
        return new java.math.BigDecimal(d).toBigIntegerExact().equals(i);
    }
}
