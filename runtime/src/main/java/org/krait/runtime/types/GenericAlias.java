package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyEllipsis;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.Calls;

/**
 * {@code types.GenericAlias}, what {@code list[int]} makes (Objects/genericaliasobject.c): the
 * origin class and the arguments, a repr in annotation syntax, and calls that instantiate the
 * origin. Known gap: CPython forwards every other attribute to the origin; here only
 * {@code __name__}, {@code __qualname__} and {@code __module__} are.
 */
public final class GenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("GenericAlias", null, PyType.BASETYPE, null,
            GenericAlias::define);

    final PyObject origin;
    final PyTuple args;

    GenericAlias(PyObject origin, PyTuple args) {
        this.origin = origin;
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Py_GenericAlias: what {@code __class_getitem__} of list, dict, tuple, set, ... returns. */
    public static PyObject of(PyObject origin, PyObject item) {
        return new GenericAlias(origin, item instanceof PyTuple ? (PyTuple) item : PyTuple.of(item));
    }

    private static GenericAlias g(PyObject o) {
        return (GenericAlias) o;
    }

    private static void define(TypeBuilder b) {
        b.attr("__module__", PyStr.of("types"));
        b.readonlyMember("__origin__", o -> g(o).origin);
        b.readonlyMember("__args__", o -> g(o).args);
        b.getter("__parameters__", o -> PyTuple.EMPTY);
        b.getter("__unpacked__", o -> PyBool.FALSE);
        for (String name : new String[] {"__name__", "__qualname__"}) {
            b.getset(name, (ts, o) -> Attributes.getattr(ts, g(o).origin, name), null);
        }
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(repr(ts, g(a[0]))));
        b.method("__call__($self, /, *args, **kwargs)", (ts, a) -> {
            PyObject[] pos = ((PyTuple) a[1]).items;
            org.krait.runtime.object.PyDict kw = (org.krait.runtime.object.PyDict) a[2];
            PyObject[] all = new PyObject[pos.length + kw.size()];
            System.arraycopy(pos, 0, all, 0, pos.length);
            String[] names = kw.size() == 0 ? null : new String[kw.size()];
            int k = 0;
            for (int e = 0; e < kw.entryLimit(); e++) {
                if (kw.keyAt(e) != null) {
                    names[k] = ((PyStr) kw.keyAt(e)).value;
                    all[pos.length + k++] = kw.valueAt(e);
                }
            }
            return Calls.call(ts, g(a[0]).origin, all, names);
        });
        b.method("__eq__($self, value, /)", (ts, a) -> a[1] instanceof GenericAlias
                ? PyBool.of(equal(ts, g(a[0]), g(a[1]))) : PyNotImplemented.NOT_IMPLEMENTED);
        b.method("__ne__($self, value, /)", (ts, a) -> a[1] instanceof GenericAlias
                ? PyBool.of(!equal(ts, g(a[0]), g(a[1]))) : PyNotImplemented.NOT_IMPLEMENTED);
        b.method("__hash__($self, /)", (ts, a) -> PyInt.of(Abstract.hash(ts, g(a[0]).origin)
                ^ Abstract.hash(ts, g(a[0]).args)));
        b.method("__getitem__($self, key, /)", (ts, a) -> {
            throw Errors.typeError(repr(ts, g(a[0])) + " is not a generic class");
        });
        b.method("__mro_entries__($self, bases, /)", (ts, a) -> PyTuple.of(g(a[0]).origin));
        b.method("__instancecheck__($self, obj, /)", (ts, a) -> {
            throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        b.method("__subclasscheck__($self, cls, /)", (ts, a) -> {
            throw Errors.typeError("issubclass() argument 2 cannot be a parameterized generic");
        });
        b.method("__reduce__($self, /)", (ts, a) -> PyTuple.of(TYPE, PyTuple.of(g(a[0]).origin, g(a[0]).args)));
    }

    private static boolean equal(ThreadState ts, GenericAlias x, GenericAlias y) {
        return Abstract.richCompareBool(ts, x.origin, y.origin, Abstract.EQ)
                && Abstract.richCompareBool(ts, x.args, y.args, Abstract.EQ);
    }

    /** ga_repr: {@code origin[arg, ...]}, {@code list[()]} for no arguments. */
    static String repr(ThreadState ts, GenericAlias ga) {
        StringBuilder sb = new StringBuilder(reprItem(ts, ga.origin)).append('[');
        PyObject[] items = ga.args.items;
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (items[i] instanceof PyList) {
                PyList l = (PyList) items[i];
                sb.append('[');
                for (int j = 0; j < l.size; j++) {
                    sb.append(j > 0 ? ", " : "").append(reprItem(ts, l.items[j]));
                }
                sb.append(']');
            } else {
                sb.append(reprItem(ts, items[i]));
            }
        }
        if (items.length == 0) {
            sb.append("()");
        }
        return sb.append(']').toString();
    }

    /** ga_repr_item: {@code ...}, nested aliases by repr, classes by (module.)qualname, else repr. */
    private static String reprItem(ThreadState ts, PyObject p) {
        if (p == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (p instanceof GenericAlias) {
            return repr(ts, (GenericAlias) p);
        }
        PyObject qualname = Attributes.lookupOrNull(ts, p, "__qualname__");
        PyObject module = qualname == null ? null : Attributes.lookupOrNull(ts, p, "__module__");
        if (!(qualname instanceof PyStr) || !(module instanceof PyStr)) {
            return Abstract.repr(ts, p);
        }
        String m = ((PyStr) module).value;
        return m.equals("builtins") ? ((PyStr) qualname).value : m + "." + ((PyStr) qualname).value;
    }
}
