package org.krait.runtime.ops;

import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;

/**
 * Built-in methods that a method call recognises by identity and runs directly, as CPython
 * specializes CALL for {@code list.append} (CALL_NO_KW_LIST_APPEND): no bound array, no self
 * check, no call through the shared body interface. The descriptors belong to immortal built-in
 * types, whose dicts never change, so these are the objects every interpreter finds.
 */
final class HotMethods {
    static final PyObject LIST_APPEND = PyList.TYPE.lookup("append");
    private static final PyObject DICT_GET = PyDict.TYPE.lookup("get");

    private HotMethods() {
    }

    /** {@code self.method(a)} when it is one of these, else null. */
    static PyObject call(ThreadState ts, PyObject method, PyObject self, PyObject a) {
        if (method == LIST_APPEND && self instanceof PyList) {
            ((PyList) self).append(a);
            return PyNone.NONE;
        }
        if (method == DICT_GET && self instanceof PyDict) {
            PyObject v = ((PyDict) self).get(ts, a);
            return v == null ? PyNone.NONE : v;
        }
        return null;
    }

    /** {@code self.method(a, b)} when it is one of these, else null. */
    static PyObject call(ThreadState ts, PyObject method, PyObject self, PyObject a, PyObject b) {
        if (method == DICT_GET && self instanceof PyDict) {
            PyObject v = ((PyDict) self).get(ts, a);
            return v == null ? b : v;
        }
        return null;
    }
}
