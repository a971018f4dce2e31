package org.krait.runtime.ops;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PySlice;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.types.DictMethods;
import org.krait.runtime.types.StrMethods;

/** Subscription: BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR and {@code __class_getitem__}. */
public final class Subscripts {
    private Subscripts() {
    }

    /** BINARY_SUBSCR: list[int] inline-sized; the rest in getitem. */
    public static PyObject binarySubscr(ThreadState ts, PyObject container, PyObject key) {
        Class<?> c = container.getClass();
        if (c == PyList.class && key.getClass() == PyInt.class) {
            PyList l = (PyList) container;
            PyInt k = (PyInt) key;
            if (k.big == null && k.value >= 0 && k.value < l.size) {
                return l.items[(int) k.value];
            }
        }
        if (c == PyTuple.class && key.getClass() == PyInt.class) {
            PyObject[] items = ((PyTuple) container).items;
            PyInt k = (PyInt) key;
            if (k.big == null && k.value >= 0 && k.value < items.length) {
                return items[(int) k.value];
            }
        }

        if (container.getClass() == PyStr.class && key.getClass() == PyInt.class) {
            // s[i] of a str without surrogates: char i is code point i
            PyStr s = (PyStr) container;
            PyInt k = (PyInt) key;
            if (k.big == null && s.isBmp()) {
                String v = s.value();
                long i = k.value < 0 ? k.value + v.length() : k.value;
                if (i >= 0 && i < v.length()) {
                    return PyStr.ofCodePoint(v.charAt((int) i));
                }
            }
        }
        return OutOfLine.getitem(ts, container, key);
    }

    /**
     * BINARY_SLICE {@code container[start:stop]}: an exact list, or an exact str without
     * surrogates, with bounds that are None or ints fitting a long, is sliced here without a slice
     * object; the rest goes through {@link #getitem}.
     */
    public static PyObject slice(ThreadState ts, PyObject container, PyObject start, PyObject stop) {
        Class<?> c = container.getClass();
        int n = c == PyList.class ? ((PyList) container).size
                : c == PyStr.class && ((PyStr) container).isBmp() ? ((PyStr) container).length() : -1;
        long lo = n < 0 ? -1 : plainBound(start, 0, n);
        long hi = n < 0 ? -1 : plainBound(stop, n, n);
        if (lo < 0 || hi < 0) {
            return getitem(ts, container, new PySlice(start, stop, PyNone.NONE));
        }
        hi = Math.max(lo, hi);
        if (c == PyList.class) {
            return new PyList(java.util.Arrays.copyOfRange(((PyList) container).items, (int) lo, (int) hi));
        }
        if (lo == 0 && hi == n) {
            return container; // the whole of an exact str is itself, as in CPython
        }
        // a part of a str without surrogates has none either
        return PyStr.ofBmp(((PyStr) container).value().substring((int) lo, (int) hi));
    }

    /**
     * A bound of a step-1 slice of length n: {@code dflt} for None, an exact int fitting a long
     * clamped into [0, n] as PySlice_AdjustIndices does; -1 for any other object.
     */
    private static long plainBound(PyObject b, int dflt, int n) {
        if (b == PyNone.NONE) {
            return dflt;
        }
        if (b.getClass() != PyInt.class || !((PyInt) b).fitsLong()) {
            return -1;
        }
        long i = ((PyInt) b).value;
        if (i < 0) {
            i = Math.max(0, i + n);
        }
        return Math.min(i, n);
    }

    public static PyObject getitem(ThreadState ts, PyObject container, PyObject key) {
        Class<?> c = container.getClass();
        if (key.getClass() == PyInt.class && ((PyInt) key).fitsLong()) {
            long i = ((PyInt) key).value;
            if (c == PyList.class) {
                PyList l = (PyList) container;
                long j = i < 0 ? i + l.size : i;
                if (j >= 0 && j < l.size) {
                    return l.items[(int) j];
                }
                throw Errors.indexError("list index out of range");
            }
            if (c == PyTuple.class) {
                PyTuple t = (PyTuple) container;
                long j = i < 0 ? i + t.items.length : i;
                if (j >= 0 && j < t.items.length) {
                    return t.items[(int) j];
                }
                throw Errors.indexError("tuple index out of range");
            }
        }
        if (c == PyDict.class) {
            return DictMethods.getitem(ts, (PyDict) container, key);
        }
        if (c == PyStr.class) {
            return StrMethods.getitem(ts, (PyStr) container, key);
        }
        if (c == PyList.class) {
            return org.krait.runtime.types.ListMethods.getitem(ts, (PyList) container, key);
        }
        PyObject r = Calls.callSpecial(ts, container, "__getitem__", key);
        if (r != null) {
            return r;
        }
        if (container == PyType.TYPE) {
            return new org.krait.runtime.types.GenericAlias(container, key); // type[int], as PyObject_GetItem
        }
        if (container instanceof PyType) {
            PyObject cgi = Attributes.lookupOrNull(ts, container, "__class_getitem__");
            if (cgi != null) {
                return Calls.call(ts, cgi, key);
            }
            throw Errors.typeError("type '" + ((PyType) container).name() + "' is not subscriptable");
        }
        throw Errors.typeError("'" + container.type().name() + "' object is not subscriptable");
    }

    public static void setitem(ThreadState ts, PyObject container, PyObject key, PyObject value) {
        Class<?> c = container.getClass();
        if (c == PyDict.class) {
            ((PyDict) container).put(ts, key, value);
            return;
        }
        if (c == PyList.class && key.getClass() == PyInt.class && ((PyInt) key).fitsLong()) {
            PyList l = (PyList) container;
            long i = ((PyInt) key).value;
            long j = i < 0 ? i + l.size : i;
            if (j >= 0 && j < l.size) {
                // Storing the object already there changes nothing, and skipping it skips the
                // collector's write barrier, which under G1 costs a fence (and card refinement)
                // on each store into a large, old list such as a sieve's flags
                if (l.items[(int) j] != value) {
                    l.items[(int) j] = value;
                }
                return;
            }
            throw Errors.indexError("list assignment index out of range");
        }
        if (c == PyList.class) {
            org.krait.runtime.types.ListSlices.setitem(ts, (PyList) container, key, value);
            return;
        }
        if (Calls.callSpecial(ts, container, "__setitem__", key, value) == null) {
            throw Errors.typeError("'" + container.type().name() + "' object does not support item assignment");
        }
    }

    public static void delitem(ThreadState ts, PyObject container, PyObject key) {
        if (Calls.callSpecial(ts, container, "__delitem__", key) == null) {
            throw Errors.typeError("'" + container.type().name() + "' object doesn't support item deletion");
        }
    }
}
