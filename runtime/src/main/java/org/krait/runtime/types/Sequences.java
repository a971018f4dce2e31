package org.krait.runtime.types;

import java.util.IdentityHashMap;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Abstract;

/** What list and tuple share: element-wise comparison, repr with recursion guard, counting and index. */
final class Sequences {
    private Sequences() {
    }

    /** Lexicographic rich comparison (list_richcompare / tuplerichcompare). */
    static PyObject compare(ThreadState ts, PyObject[] a, int na, PyObject[] b, int nb, int op) {
        if ((op == Abstract.EQ || op == Abstract.NE) && na != nb) {
            return PyBool.of(op == Abstract.NE);
        }
        int i = 0;
        for (; i < na && i < nb; i++) {
            if (!Abstract.richCompareBool(ts, a[i], b[i], Abstract.EQ)) {
                break;
            }
        }
        if (i >= na || i >= nb) {
            return PyBool.of(Abstract.compareResult(Integer.compare(na, nb), op));
        }
        if (op == Abstract.EQ) {
            return PyBool.FALSE;
        }
        if (op == Abstract.NE) {
            return PyBool.TRUE;
        }
        return Abstract.richCompare(ts, a[i], b[i], op);
    }

    /** Objects whose repr is in progress on this thread, for the "[...]" of recursive containers (Py_ReprEnter). */
    static boolean reprEnter(ThreadState ts, PyObject o) {
        IdentityHashMap<PyObject, Boolean> active = ts.reprActive();
        return active.put(o, Boolean.TRUE) == null;
    }

    static void reprLeave(ThreadState ts, PyObject o) {
        ts.reprActive().remove(o);
    }

    static PyStr repr(ThreadState ts, PyObject self, PyObject[] items, int n, String open, String close) {
        if (n == 0) {
            return PyStr.of(open + close);
        }
        if (!reprEnter(ts, self)) {
            return PyStr.of(open + "..." + close);
        }
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(ts, items[i]));
            }
            if (n == 1 && open.equals("(")) {
                sb.append(',');
            }
            return PyStr.of(sb.append(close).toString());
        } finally {
            reprLeave(ts, self);
        }
    }

    /**
     * PyNumber_AsSsize_t: the value of an index-like object as a Py_ssize_t; one that does not fit
     * raises {@code overflow} ("cannot fit 'int' into an index-sized integer"), or is clamped when
     * {@code overflow} is null.
     */
    static long asSsize(ThreadState ts, PyObject o, PyType overflow) {
        PyInt i = Abstract.index(ts, o);
        if (i.fitsLong()) {
            return i.value;
        }
        if (overflow == null) {
            return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        throw Errors.raise(overflow, "cannot fit 'int' into an index-sized integer");
    }

    /** The count of {@code seq * n} (OverflowError when it does not fit a Py_ssize_t). */
    static long repeatCount(ThreadState ts, PyObject n) {
        return asSsize(ts, n, ExceptionTypes.OVERFLOW_ERROR);
    }

    /** An item index as PyNumber_AsSsize_t(IndexError) takes it: beyond 64 bits it cannot fit. */
    static long itemIndex(org.krait.runtime.object.PyInt idx) {
        if (!idx.fitsLong()) {
            throw org.krait.runtime.exceptions.Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        return idx.value;
    }

    /** {@code v in seq}: stops at the first equal item (list_contains, tuplecontains). */
    static boolean contains(ThreadState ts, PyObject[] items, PyObject v) {
        for (PyObject item : items) {
            if (Abstract.richCompareBool(ts, item, v, Abstract.EQ)) {
                return true;
            }
        }
        return false;
    }

    /** {@code v in list}: the list may change while comparing, so its size is read each time. */
    static boolean contains(ThreadState ts, org.krait.runtime.object.PyList list, PyObject v) {
        for (int i = 0; i < list.size; i++) {
            if (Abstract.richCompareBool(ts, list.items[i], v, Abstract.EQ)) {
                return true;
            }
        }
        return false;
    }

    static int count(ThreadState ts, PyObject[] items, int n, PyObject v) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (Abstract.richCompareBool(ts, items[i], v, Abstract.EQ)) {
                c++;
            }
        }
        return c;
    }

    /** _PyEval_SliceIndexNotNone: an index argument such as list.index's start, clamped to 64 bits. */
    static long sliceIndexArg(ThreadState ts, PyObject v) {
        if (!(v instanceof org.krait.runtime.object.PyInt) && v.type().lookup("__index__") == null) {
            throw org.krait.runtime.exceptions.Errors.typeError(
                    "slice indices must be integers or have an __index__ method");
        }
        org.krait.runtime.object.PyInt i = Abstract.index(ts, v);
        return i.fitsLong() ? i.value : i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /**
     * The first {@code len} of {@code items} repeated {@code n} times: a few copies of one item
     * fill, more are copied by doubling what is already there (n copies of a short run, as in
     * {@code [0] * n}, would cost a call each; and an element-wise fill of a large array pays
     * G1's write barrier per element where arraycopy pays it once per range).
     */
    static PyObject[] repeat(PyObject[] items, int len, int n) {
        PyObject[] r = new PyObject[len * n];
        if (len == 1 && n <= 64) {
            java.util.Arrays.fill(r, items[0]);
            return r;
        }
        System.arraycopy(items, 0, r, 0, len);
        for (int done = len; done < r.length; done *= 2) {
            System.arraycopy(r, 0, r, done, Math.min(done, r.length - done));
        }
        return r;
    }

    /**
     * The count of {@code seq * count} (sq_repeat): an index that fits 64 bits, 0 when negative;
     * a product too large for an array is a MemoryError, as CPython's allocation failure.
     */
    static int repeatCount(ThreadState ts, PyObject count, int len) {
        if (!(count instanceof org.krait.runtime.object.PyInt) && count.type().lookup("__index__") == null) {
            throw org.krait.runtime.exceptions.Errors.typeError("can't multiply sequence by non-int of type '"
                    + count.type().name() + "'");
        }
        org.krait.runtime.object.PyInt i = Abstract.index(ts, count);
        if (!i.fitsLong()) {
            throw org.krait.runtime.exceptions.Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long n = Math.max(0, i.value);
        if (len > 0 && n > (Integer.MAX_VALUE - 8) / len) {
            throw org.krait.runtime.exceptions.Errors.raise(org.krait.runtime.exceptions.ExceptionTypes.MEMORY_ERROR,
                    "");
        }
        return (int) n;
    }
}
