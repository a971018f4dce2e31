package org.krait.runtime.ops;

import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyMethodDescr;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;

/**
 * The fixed-arity CALL entries behind Ceval.call0..call3, which generated code reaches when the
 * callee is not a Python function (tested at the site). They keep only the call of a built-in
 * method found by LOAD_ATTR's method form ({@code s.upper()}, and {@code out.append(x)} without
 * a call at all); every other callable goes out of line (ADR 0013), so that these stay small
 * enough for C2 to inline at every site. (Nothing bigger, such as dict.get's lookup, may be
 * inlined here: it would be inlined into every entry's own compilation and make it too big.) Before, Ceval.callN compiled on its own with all kinds of callables inlined and then was
 * inlined nowhere: each {@code list.append} was a real call through the general dispatch.
 */
public final class CallSites {
    private CallSites() {
    }

    public static PyObject call0(ThreadState ts, PyObject method, PyObject selfOrCallable) {
        if (method instanceof PyMethodDescr) {
            return ((PyMethodDescr) method).call(ts, selfOrCallable);
        }
        return OutOfLine.call0(ts, method, selfOrCallable);
    }

    public static PyObject call1(ThreadState ts, PyObject method, PyObject selfOrCallable, PyObject a) {
        if (method instanceof PyMethodDescr) {
            if (method == HotMethods.LIST_APPEND && selfOrCallable.getClass() == PyList.class) {
                ((PyList) selfOrCallable).append(a);
                return PyNone.NONE;
            }
            return ((PyMethodDescr) method).call(ts, selfOrCallable, a);
        }
        return OutOfLine.call1(ts, method, selfOrCallable, a);
    }

    public static PyObject call2(ThreadState ts, PyObject method, PyObject selfOrCallable, PyObject a, PyObject b) {
        if (method instanceof PyMethodDescr) {
            return ((PyMethodDescr) method).call(ts, selfOrCallable, a, b);
        }
        return OutOfLine.call2(ts, method, selfOrCallable, a, b);
    }

    public static PyObject call3(ThreadState ts, PyObject method, PyObject selfOrCallable, PyObject a, PyObject b,
            PyObject c) {
        if (method instanceof PyMethodDescr) {
            return ((PyMethodDescr) method).call(ts, selfOrCallable, a, b, c);
        }
        return OutOfLine.call3(ts, method, selfOrCallable, a, b, c);
    }
}
