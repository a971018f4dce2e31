package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PySet;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Iteration;

/** The methods of {@code set} and {@code frozenset} (Objects/setobject.c). */
public final class SetMethods {
    private SetMethods() {
    }

    static PySet s(PyObject o) {
        return (PySet) o;
    }

    public static void defineSet(TypeBuilder b) {
        common(b);
        b.method("__init__($self, iterable=?, /)", (ts, a) -> {
            s(a[0]).table.clear();
            if (a[1] != null) {
                update(ts, s(a[0]), a[1]);
            }
            return PyNone.NONE;
        });
        b.method("add($self, object, /)", (ts, a) -> {
            s(a[0]).add(ts, a[1]);
            return PyNone.NONE;
        });
        b.method("discard($self, object, /)", (ts, a) -> {
            s(a[0]).table.remove(ts, a[1]);
            return PyNone.NONE;
        });
        b.method("remove($self, object, /)", (ts, a) -> {
            if (s(a[0]).table.remove(ts, a[1]) == null) {
                throw Errors.keyError(a[1]);
            }
            return PyNone.NONE;
        });
        b.method("update($self, /, *others)", (ts, a) -> {
            for (PyObject o : ((org.krait.runtime.object.PyTuple) a[1]).items) {
                update(ts, s(a[0]), o);
            }
            return PyNone.NONE;
        });
        b.attr("__hash__", PyNone.NONE);
    }

    public static void defineFrozenSet(TypeBuilder b) {
        common(b);
        b.staticMethod("__new__(type, iterable=?, /)", (ts, a) -> {
            PySet r = (PyType) a[0] == PySet.FROZENSET_TYPE ? new PySet(true) : new PySet.Derived((PyType) a[0], true);
            if (a[1] != null) {
                update(ts, r, a[1]);
            }
            return r;
        });
    }

    private static void common(TypeBuilder b) {
        GenericAlias.addClassGetitem(b);
        b.method("__len__($self, /)", (ts, a) -> PyInt.of(s(a[0]).size()));
        b.method("__contains__($self, key, /)", (ts, a) -> PyBool.of(s(a[0]).contains(ts, a[1])));
        b.method("__iter__($self, /)", (ts, a) -> DictViews.iterator(s(a[0]).table, DictViews.KEYS));
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(repr(ts, s(a[0]))));
    }

    static String repr(ThreadState ts, PySet set) {
        String name = set.type().name();
        if (set.size() == 0) {
            return name + "()";
        }
        if (!Sequences.reprEnter(ts, set)) {
            return name + "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder();
            boolean plain = set.type() == PySet.TYPE;
            sb.append(plain ? "{" : name + "({");
            boolean first = true;
            for (int e = 0; e < set.table.entryLimit(); e++) {
                PyObject k = set.table.keyAt(e);
                if (k == null) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Abstract.repr(ts, k));
            }
            return sb.append(plain ? "}" : "})").toString();
        } finally {
            Sequences.reprLeave(ts, set);
        }
    }

    public static void update(ThreadState ts, PySet set, PyObject iterable) {
        PyObject it = Iteration.iter(ts, iterable);
        for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
            set.add(ts, x);
        }
    }
}
