package org.krait.runtime.builtins;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyBytes;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.ops.Iteration;
import org.krait.runtime.ops.Numbers;
import org.krait.runtime.types.ArgChecks;

/** The builtins that consume an iterable: sum, min, max, sorted, any, all (Python/bltinmodule.c). */
final class IterableFunctions {
    private IterableFunctions() {
    }

    static void define(PyModule m) {
        m.def("min(*args, key=None, default=?)", (ts, a) -> minMax(ts, a, "min", Abstract.LT));
        m.def("max(*args, key=None, default=?)", (ts, a) -> minMax(ts, a, "max", Abstract.GT));
        m.def("sum(iterable, /, start=0)", (ts, a) -> sum(ts, a[0], a[1]));
        m.def("sorted(*args, **kwargs)", IterableFunctions::sorted);
        m.def("any(iterable, /)", (ts, a) -> {
            PyObject it = Iteration.iter(ts, a[0]);
            for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
                if (Abstract.isTrue(ts, x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        m.def("all(iterable, /)", (ts, a) -> {
            PyObject it = Iteration.iter(ts, a[0]);
            for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
                if (!Abstract.isTrue(ts, x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
    }

    /** builtin_sorted: list(iterable), then its sort() with the keyword arguments as given. */
    private static PyObject sorted(ThreadState ts, PyObject[] a) {
        PyObject[] args = ((PyTuple) a[0]).items;
        ArgChecks.positional("sorted", args.length, 1, 1);
        PyList list = new PyList();
        org.krait.runtime.types.ListMethods.extend(ts, list, args[0]);
        PyDict kw = (PyDict) a[1];
        PyObject[] values = new PyObject[kw.size()];
        String[] names = new String[kw.size()];
        int k = 0;
        for (int e = 0; e < kw.entryLimit(); e++) {
            if (kw.keyAt(e) != null) {
                names[k] = ((PyStr) kw.keyAt(e)).value();
                values[k++] = kw.valueAt(e);
            }
        }
        Calls.call(ts, Attributes.getattr(ts, list, "sort"), values, k == 0 ? null : names);
        return list;
    }

    /** min_max: one pass, the key applied once per item, the first of equal items kept. */
    private static PyObject minMax(ThreadState ts, PyObject[] a, String name, int op) {
        PyObject[] args = ((PyTuple) a[0]).items;
        PyObject key = a[1] == PyNone.NONE ? null : a[1];
        PyObject dflt = a[2];
        if (args.length == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        boolean positional = args.length > 1;
        if (positional && dflt != null) {
            throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        PyObject it = Iteration.iter(ts, positional ? a[0] : args[0]);
        PyObject best = null;
        PyObject bestKey = null;
        for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
            PyObject k = key == null ? x : Calls.call(ts, key, x);
            if (best == null || Abstract.richCompareBool(ts, k, bestKey, op)) {
                best = x;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Errors.valueError(name + "() iterable argument is empty");
        }
        return best;
    }

    /**
     * builtin_sum_impl of 3.12: an exact int start is summed in a long while the items are ints;
     * an exact float result continues with Neumaier's compensated summation (new in 3.12) while the
     * items are floats or ints that fit a C long; anything else falls back to {@code +}, never in place.
     */
    static PyObject sum(ThreadState ts, PyObject iterable, PyObject start) {
        if (start instanceof PyStr) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes) {
            throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (isBuiltinSubtype(start.type(), "bytearray")) {
            throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObject it = Iteration.iter(ts, iterable);
        PyObject result = start;
        if (result.getClass() == PyInt.class && ((PyInt) result).fitsLong()) {
            long acc = ((PyInt) result).value;
            result = null;
            while (result == null) {
                PyObject item = Iteration.next(ts, it);
                if (item == null) {
                    return PyInt.of(acc);
                }
                if ((item.getClass() == PyInt.class || item.getClass() == PyBool.class) && ((PyInt) item).fitsLong()) {
                    long b = ((PyInt) item).value;
                    long s = acc + b;
                    if (((acc ^ s) & (b ^ s)) >= 0) {
                        acc = s;
                        continue;
                    }
                }
                result = Numbers.binaryOp(ts, Numbers.ADD, PyInt.of(acc), item);
            }
        }
        if (result.getClass() == PyFloat.class) {
            double f = ((PyFloat) result).value;
            double c = 0.0;
            result = null;
            while (result == null) {
                PyObject item = Iteration.next(ts, it);
                if (item == null) {
                    return new PyFloat(finish(f, c));
                }
                if (item.getClass() == PyFloat.class) {
                    double x = ((PyFloat) item).value;
                    double t = f + x;
                    if (Math.abs(f) >= Math.abs(x)) {
                        c += (f - t) + x;
                    } else {
                        c += (x - t) + f;
                    }
                    f = t;
                    continue;
                }
                if (item instanceof PyInt && ((PyInt) item).fitsLong()) {
                    f += (double) ((PyInt) item).value;
                    continue;
                }
                result = Numbers.binaryOp(ts, Numbers.ADD, new PyFloat(finish(f, c)), item);
            }
        }
        for (PyObject item = Iteration.next(ts, it); item != null; item = Iteration.next(ts, it)) {
            result = Numbers.binaryOp(ts, Numbers.ADD, result, item);
        }
        return result;
    }

    /** Adds the compensation unless it is zero or not finite (keeps -0.0, inf and overflow as they are). */
    private static double finish(double f, double c) {
        return c != 0.0 && Double.isFinite(c) ? f + c : f;
    }

    /** Whether {@code t} is, or derives from, the built-in type called {@code name}. */
    private static boolean isBuiltinSubtype(PyType t, String name) {
        for (PyType m : t.mro()) {
            if (!m.isHeapType() && m.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
