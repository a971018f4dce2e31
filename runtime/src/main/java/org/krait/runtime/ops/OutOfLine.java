package org.krait.runtime.ops;

import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.PyStr;

/**
 * The way from the small entries that generated code calls (Numbers.add, Subscripts.binarySubscr,
 * AttributeSites.getattr, …) to their general paths, kept out of the entries' compiled code
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

    static PyObject getattr(ThreadState ts, PyFunction fn, PyObject obj, String name, int site) {
        return getattrCall(ts, fn, obj, name, site);
    }

    private static PyObject getattrCall(ThreadState ts, PyFunction fn, PyObject obj, String name, int site) {
        return AttributeSites.getattrSlow(ts, fn, obj, name, site);
    }

    static PyObject loadMethod(ThreadState ts, PyFunction fn, PyObject obj, String name, int site) {
        return loadMethodCall(ts, fn, obj, name, site);
    }

    private static PyObject loadMethodCall(ThreadState ts, PyFunction fn, PyObject obj, String name, int site) {
        return AttributeSites.loadMethodGeneral(ts, fn, obj, name, site);
    }

    static void setattr(ThreadState ts, PyFunction fn, PyObject obj, String name, PyObject value, int site) {
        setattrCall(ts, fn, obj, name, value, site);
    }

    private static void setattrCall(ThreadState ts, PyFunction fn, PyObject obj, String name, PyObject value,
            int site) {
        AttributeSites.setattrGeneral(ts, fn, obj, name, value, site);
    }

    /** An attribute site's cache missed on a module: find the entry and cache it. */
    static PyObject learnModuleAttr(PyFunction fn, PyModule m, String name, int site) {
        return learnModuleAttrCall(fn, m, name, site);
    }

    private static PyObject learnModuleAttrCall(PyFunction fn, PyModule m, String name, int site) {
        return AttributeSites.learnModuleAttr(fn, m, name, site);
    }
}
