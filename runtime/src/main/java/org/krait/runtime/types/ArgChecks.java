package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyTuple;

/**
 * The argument checks of C functions that parse {@code (*args, **kwargs)} themselves
 * (_PyArg_NoKeywords, PyArg_UnpackTuple), with CPython's texts naming the type or function.
 */
public final class ArgChecks {
    private ArgChecks() {
    }

    /** _PyArg_NoKeywords: {@code name() takes no keyword arguments}. */
    public static void noKeywords(String name, PyObject kwargs) {
        if (kwargs != null && ((PyDict) kwargs).size() > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** PyArg_UnpackTuple(args, name, 0, 1): the one optional argument, or null. */
    public static PyObject atMostOne(String name, PyObject args) {
        PyObject[] items = ((PyTuple) args).items;
        if (items.length > 1) {
            throw Errors.typeError(name + " expected at most 1 argument, got " + items.length);
        }
        return items.length == 0 ? null : items[0];
    }

    /** _PyArg_CheckPositional(name, n, min, max). */
    public static void positional(String name, int n, int min, int max) {
        if (n < min) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
    }
}
