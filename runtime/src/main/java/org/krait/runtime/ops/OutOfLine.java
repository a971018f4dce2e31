package org.krait.runtime.ops;

import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;

/**
 * The way from the small operator entries that generated code calls (Numbers.add,
 * Subscripts.binarySubscr, …) to their general paths, kept out of the entries' compiled code
 * (ADR 0013). C2 does not inline a method of a Throwable subclass below the first level of a
 * compilation, so each general path is reached through two methods of this never-thrown class;
 * the second is never inlined. Without this, an entry compiled on its own inlines the general
 * path its shared profile calls hot, grows past InlineSmallCode, and is then inlined nowhere.
 */
@SuppressWarnings("serial")
final class OutOfLine extends RuntimeException {
    private OutOfLine() {
    }

    /** BINARY_OP {@code op}; str + str (concatenation) directly. */
    static PyObject binaryOp(ThreadState ts, int op, PyObject a, PyObject b) {
        return binaryOpCall(ts, op, a, b);
    }

    private static PyObject binaryOpCall(ThreadState ts, int op, PyObject a, PyObject b) {
        if (op == Numbers.ADD && a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return PyStr.concat((PyStr) a, (PyStr) b);
        }
        return Numbers.binaryOp(ts, op, a, b);
    }

    /** {@code container[key]}. */
    static PyObject getitem(ThreadState ts, PyObject container, PyObject key) {
        return getitemCall(ts, container, key);
    }

    private static PyObject getitemCall(ThreadState ts, PyObject container, PyObject key) {
        return Subscripts.getitem(ts, container, key);
    }
}
