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
        return AttributeSites.getattrGeneral(ts, fn, obj, name, site);
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

    /** CALL 0..3 of anything but a built-in method (CallSites): {@code method} null means "callable is selfOrCallable". */
    static PyObject call0(ThreadState ts, PyObject method, PyObject selfOrCallable) {
        return call0Call(ts, method, selfOrCallable);
    }

    private static PyObject call0Call(ThreadState ts, PyObject method, PyObject selfOrCallable) {
        return method == null ? Calls.call(ts, selfOrCallable) : Calls.callMethod(ts, method, selfOrCallable);
    }

    static PyObject call1(ThreadState ts, PyObject method, PyObject selfOrCallable, PyObject a) {
        return call1Call(ts, method, selfOrCallable, a);
    }

    private static PyObject call1Call(ThreadState ts, PyObject method, PyObject selfOrCallable, PyObject a) {
        return method == null ? Calls.call(ts, selfOrCallable, a) : Calls.callMethod(ts, method, selfOrCallable, a);
    }

    static PyObject call2(ThreadState ts, PyObject method, PyObject selfOrCallable, PyObject a, PyObject b) {
        return call2Call(ts, method, selfOrCallable, a, b);
    }

    private static PyObject call2Call(ThreadState ts, PyObject method, PyObject selfOrCallable, PyObject a,
            PyObject b) {
        return method == null ? Calls.call(ts, selfOrCallable, a, b)
                : Calls.callMethod(ts, method, selfOrCallable, a, b);
    }

    static PyObject call3(ThreadState ts, PyObject method, PyObject selfOrCallable, PyObject a, PyObject b,
            PyObject c) {
        return call3Call(ts, method, selfOrCallable, a, b, c);
    }

    private static PyObject call3Call(ThreadState ts, PyObject method, PyObject selfOrCallable, PyObject a,
            PyObject b, PyObject c) {
        return method == null ? Calls.call(ts, selfOrCallable, a, b, c)
                : Calls.callMethod(ts, method, selfOrCallable, a, b, c);
    }

    /** iter() of anything but a list, tuple, range or built-in iterator. */
    static PyObject iter(ThreadState ts, PyObject v) {
        return iterCall(ts, v);
    }

    private static PyObject iterCall(ThreadState ts, PyObject v) {
        return Iteration.iterGeneral(ts, v);
    }

    /** The truth of an object that is not None, a bool or an exact built-in number or container. */
    static boolean isTrue(ThreadState ts, PyObject v) {
        return isTrueCall(ts, v);
    }

    private static boolean isTrueCall(ThreadState ts, PyObject v) {
        return Abstract.isTrueSlots(ts, v);
    }
}
