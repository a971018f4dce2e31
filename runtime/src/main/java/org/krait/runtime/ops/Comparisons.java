package org.krait.runtime.ops;

import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;

/**
 * COMPARE_OP, one small entry per operator, as {@link Numbers} has per binary operator: generated
 * code inlines the entry of its operator only, and HotSpot counts every inlined byte against the
 * compilation's budget (ADR 0013). Small ints and floats of exact types compare here; anything
 * else is {@code PyObject_RichCompare}.
 *
 * <p>{@code lt} … {@code ge} serve a COMPARE_OP fused with the POP_JUMP_IF_FALSE/TRUE that tests
 * its result ({@code if a < b:}, {@code while i < n:}, a comprehension's {@code if}): the truth of
 * {@code v op w} as a Java boolean, so the common case makes no bool object and skips
 * {@code isTrue}. {@code ltValue} … {@code geValue} give the result object ({@code x = a < b}).
 */
public final class Comparisons {
    private Comparisons() {
    }

    public static boolean lt(ThreadState ts, PyObject v, PyObject w) {
        return smallInts(v, w) ? ((PyInt) v).value < ((PyInt) w).value
                : floats(v, w) ? ((PyFloat) v).value < ((PyFloat) w).value
                : general(ts, v, w, Abstract.LT);
    }

    public static boolean le(ThreadState ts, PyObject v, PyObject w) {
        return smallInts(v, w) ? ((PyInt) v).value <= ((PyInt) w).value
                : floats(v, w) ? ((PyFloat) v).value <= ((PyFloat) w).value
                : general(ts, v, w, Abstract.LE);
    }

    public static boolean eq(ThreadState ts, PyObject v, PyObject w) {
        return smallInts(v, w) ? ((PyInt) v).value == ((PyInt) w).value
                : strs(v, w) ? ((PyStr) v).value().equals(((PyStr) w).value())
                : general(ts, v, w, Abstract.EQ);
    }

    public static boolean ne(ThreadState ts, PyObject v, PyObject w) {
        return smallInts(v, w) ? ((PyInt) v).value != ((PyInt) w).value
                : strs(v, w) ? !((PyStr) v).value().equals(((PyStr) w).value())
                : general(ts, v, w, Abstract.NE);
    }

    public static boolean gt(ThreadState ts, PyObject v, PyObject w) {
        return smallInts(v, w) ? ((PyInt) v).value > ((PyInt) w).value
                : floats(v, w) ? ((PyFloat) v).value > ((PyFloat) w).value
                : general(ts, v, w, Abstract.GT);
    }

    public static boolean ge(ThreadState ts, PyObject v, PyObject w) {
        return smallInts(v, w) ? ((PyInt) v).value >= ((PyInt) w).value
                : floats(v, w) ? ((PyFloat) v).value >= ((PyFloat) w).value
                : general(ts, v, w, Abstract.GE);
    }

    public static PyObject ltValue(ThreadState ts, PyObject v, PyObject w) {
        return smallInts(v, w) ? PyBool.of(((PyInt) v).value < ((PyInt) w).value)
                : floats(v, w) ? PyBool.of(((PyFloat) v).value < ((PyFloat) w).value)
                : Abstract.richCompare(ts, v, w, Abstract.LT);
    }

    public static PyObject leValue(ThreadState ts, PyObject v, PyObject w) {
        return smallInts(v, w) ? PyBool.of(((PyInt) v).value <= ((PyInt) w).value)
                : floats(v, w) ? PyBool.of(((PyFloat) v).value <= ((PyFloat) w).value)
                : Abstract.richCompare(ts, v, w, Abstract.LE);
    }

    public static PyObject eqValue(ThreadState ts, PyObject v, PyObject w) {
        return smallInts(v, w) ? PyBool.of(((PyInt) v).value == ((PyInt) w).value)
                : strs(v, w) ? PyBool.of(((PyStr) v).value().equals(((PyStr) w).value()))
                : Abstract.richCompare(ts, v, w, Abstract.EQ);
    }

    public static PyObject neValue(ThreadState ts, PyObject v, PyObject w) {
        return smallInts(v, w) ? PyBool.of(((PyInt) v).value != ((PyInt) w).value)
                : strs(v, w) ? PyBool.of(!((PyStr) v).value().equals(((PyStr) w).value()))
                : Abstract.richCompare(ts, v, w, Abstract.NE);
    }

    public static PyObject gtValue(ThreadState ts, PyObject v, PyObject w) {
        return smallInts(v, w) ? PyBool.of(((PyInt) v).value > ((PyInt) w).value)
                : floats(v, w) ? PyBool.of(((PyFloat) v).value > ((PyFloat) w).value)
                : Abstract.richCompare(ts, v, w, Abstract.GT);
    }

    public static PyObject geValue(ThreadState ts, PyObject v, PyObject w) {
        return smallInts(v, w) ? PyBool.of(((PyInt) v).value >= ((PyInt) w).value)
                : floats(v, w) ? PyBool.of(((PyFloat) v).value >= ((PyFloat) w).value)
                : Abstract.richCompare(ts, v, w, Abstract.GE);
    }

    /** Both exact ints that fit in a long (not bools: their class is PyBool). */
    private static boolean smallInts(PyObject v, PyObject w) {
        return v.getClass() == PyInt.class && w.getClass() == PyInt.class && ((PyInt) v).big == null
                && ((PyInt) w).big == null;
    }

    private static boolean floats(PyObject v, PyObject w) {
        return v.getClass() == PyFloat.class && w.getClass() == PyFloat.class;
    }

    /** Both exact strs (a PyWideStr's value() is its whole text too, but its class differs: general). */
    private static boolean strs(PyObject v, PyObject w) {
        return v.getClass() == PyStr.class && w.getClass() == PyStr.class;
    }

    private static boolean general(ThreadState ts, PyObject v, PyObject w, int op) {
        return Abstract.isTrue(ts, Abstract.richCompare(ts, v, w, op));
    }
}
