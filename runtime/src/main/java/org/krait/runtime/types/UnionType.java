package org.krait.runtime.types;

import java.util.ArrayList;
import java.util.List;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;

/** {@code types.UnionType}: {@code int | str} (Objects/unionobject.c). */
public final class UnionType extends PyObject {
    public static final PyType TYPE = PyType.builtin("UnionType", null, 0, null, UnionType::define);

    final PyTuple args;

    private UnionType(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static boolean unionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof GenericAlias || o instanceof UnionType;
    }

    /** {@code a | b} for types; NotImplemented unless both sides can be union members. */
    public static PyObject or(ThreadState ts, PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        List<PyObject> items = new ArrayList<>();
        add(ts, items, a);
        add(ts, items, b);
        if (items.size() == 1) {
            return items.get(0);
        }
        return new UnionType(PyTuple.of(items.toArray(new PyObject[0])));
    }

    private static void add(ThreadState ts, List<PyObject> items, PyObject o) {
        if (o instanceof UnionType) {
            for (PyObject x : ((UnionType) o).args.items) {
                add(ts, items, x);
            }
            return;
        }
        PyObject v = o == PyNone.NONE ? PyNone.TYPE : o;
        for (PyObject x : items) {
            if (x == v) {
                return; // duplicates collapse, first one kept
            }
        }
        items.add(v);
    }

    private static void define(TypeBuilder b) {
        b.method("__repr__($self, /)", (ts, a) -> {
            StringBuilder sb = new StringBuilder();
            for (PyObject x : ((UnionType) a[0]).args.items) {
                if (sb.length() > 0) {
                    sb.append(" | ");
                }
                sb.append(x == PyNone.TYPE ? "None" : GenericAlias.reprItem(ts, x));
            }
            return PyStr.of(sb.toString());
        });
        b.method("__or__($self, value, /)", (ts, a) -> or(ts, a[0], a[1]));
        b.method("__ror__($self, value, /)", (ts, a) -> or(ts, a[1], a[0]));
        b.method("__instancecheck__($self, instance, /)", (ts, a) -> {
            for (PyObject x : ((UnionType) a[0]).args.items) {
                if (x instanceof GenericAlias) {
                    throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
                }
                if (a[1].type().isSubtypeOf((PyType) x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        b.method("__subclasscheck__($self, cls, /)", (ts, a) -> {
            for (PyObject x : ((UnionType) a[0]).args.items) {
                if (a[1] instanceof PyType && ((PyType) a[1]).isSubtypeOf((PyType) x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        b.method("__eq__($self, value, /)", (ts, a) -> {
            if (!(a[1] instanceof UnionType)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyObject[] x = ((UnionType) a[0]).args.items;
            PyObject[] y = ((UnionType) a[1]).args.items;
            return PyBool.of(containsAll(x, y) && containsAll(y, x));
        });
        b.method("__hash__($self, /)", (ts, a) -> {
            long h = 0;
            for (PyObject x : ((UnionType) a[0]).args.items) {
                h ^= Abstract.hash(ts, x);
            }
            return PyInt.of(h);
        });
        b.getter("__args__", o -> ((UnionType) o).args);
        b.getter("__parameters__", o -> PyTuple.EMPTY);
        b.attr("__module__", PyStr.of("types"));
    }

    private static boolean containsAll(PyObject[] x, PyObject[] y) {
        for (PyObject o : y) {
            boolean found = false;
            for (PyObject p : x) {
                found |= p == o;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
