package org.krait.runtime.types;

import java.util.IdentityHashMap;

import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
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
            return PyBool.of(Abstract.cmpResult(Integer.compare(na, nb), op));
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

    static int count(ThreadState ts, PyObject[] items, int n, PyObject v) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (Abstract.richCompareBool(ts, items[i], v, Abstract.EQ)) {
                c++;
            }
        }
        return c;
    }
}
