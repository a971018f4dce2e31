package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyEllipsis;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Attributes;

/** {@code types.GenericAlias}: what {@code list[int]} evaluates to (Objects/genericaliasobject.c). */
public final class GenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("GenericAlias", null, PyType.BASETYPE, null, GenericAlias::define);

    final PyObject origin;
    final PyTuple args;

    public GenericAlias(PyObject origin, PyObject args) {
        this.origin = origin;
        this.args = args instanceof PyTuple ? (PyTuple) args : PyTuple.of(args);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyObject origin() {
        return origin;
    }

    public PyTuple args() {
        return args;
    }

    /** The {@code __class_getitem__} every generic built-in class has. */
    public static void addClassGetitem(TypeBuilder b) {
        b.classMethod("__class_getitem__($type, item, /)", (ts, a) -> new GenericAlias(a[0], a[1]));
    }

    /** ga_repr_item: classes as module.qualname, Ellipsis as ..., others by repr. */
    static String reprItem(ThreadState ts, PyObject p) {
        if (p == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (p instanceof GenericAlias) {
            return repr(ts, (GenericAlias) p);
        }
        if (p instanceof org.krait.runtime.object.PyList) {
            // Callable[[int, str], R]-style argument lists (ga_repr_items_list)
            StringBuilder sb = new StringBuilder("[");
            org.krait.runtime.object.PyList l = (org.krait.runtime.object.PyList) p;
            for (int i = 0; i < l.size; i++) {
                sb.append(i > 0 ? ", " : "").append(reprItem(ts, l.items[i]));
            }
            return sb.append(']').toString();
        }
        PyObject qual = Attributes.lookupOrNull(ts, p, "__qualname__");
        PyObject module = Attributes.lookupOrNull(ts, p, "__module__");
        if (qual instanceof PyStr && module instanceof PyStr && Attributes.lookupOrNull(ts, p, "__origin__") == null) {
            String m = ((PyStr) module).value();
            return m.equals("builtins") ? ((PyStr) qual).value() : m + "." + ((PyStr) qual).value();
        }
        return Abstract.repr(ts, p);
    }

    static String repr(ThreadState ts, GenericAlias g) {
        StringBuilder sb = new StringBuilder(reprItem(ts, g.origin)).append('[');
        if (g.args.size() == 0) {
            sb.append("()");
        }
        for (int i = 0; i < g.args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(reprItem(ts, g.args.get(i)));
        }
        return sb.append(']').toString();
    }

    private static GenericAlias g(PyObject o) {
        return (GenericAlias) o;
    }

    /** _Py_make_parameters: the type parameters among the arguments, nested aliases' included, once each. */
    static PyTuple parameters(ThreadState ts, PyTuple args) {
        java.util.List<PyObject> params = new java.util.ArrayList<>();
        for (PyObject t : args.items) {
            if (t instanceof PyType) {
                continue;
            }
            if (Attributes.lookupOrNull(ts, t, "__typing_subst__") != null) {
                if (!params.contains(t)) {
                    params.add(t);
                }
                continue;
            }
            PyObject sub = Attributes.lookupOrNull(ts, t, "__parameters__");
            if (sub instanceof PyTuple) {
                for (PyObject p : ((PyTuple) sub).items) {
                    if (!params.contains(p)) {
                        params.add(p);
                    }
                }
            }
        }
        return PyTuple.of(params.toArray(new PyObject[0]));
    }

    /** ga_getitem: substitutes the items for the alias's type parameters. */
    static PyObject getitem(ThreadState ts, GenericAlias self, PyObject item) {
        PyTuple params = parameters(ts, self.args);
        if (params.size() == 0) {
            throw Errors.typeError(repr(ts, self) + " is not a generic class");
        }
        PyTuple items = item instanceof PyTuple ? (PyTuple) item : PyTuple.of(item);
        if (items.size() != params.size()) {
            throw Errors.typeError("Too " + (items.size() > params.size() ? "many" : "few") + " arguments for "
                    + repr(ts, self) + "; actual " + items.size() + ", expected " + params.size());
        }
        PyObject[] out = new PyObject[self.args.size()];
        for (int i = 0; i < out.length; i++) {
            PyObject arg = self.args.get(i);
            int k = java.util.Arrays.asList(params.items).indexOf(arg);
            if (k >= 0 && !(arg instanceof PyType)) {
                out[i] = items.get(k);
            } else if (arg instanceof GenericAlias && parameters(ts, ((GenericAlias) arg).args).size() > 0) {
                PyTuple sub = parameters(ts, ((GenericAlias) arg).args);
                PyObject[] subItems = new PyObject[sub.size()];
                for (int j = 0; j < subItems.length; j++) {
                    subItems[j] = items.get(java.util.Arrays.asList(params.items).indexOf(sub.get(j)));
                }
                out[i] = getitem(ts, (GenericAlias) arg, PyTuple.of(subItems));
            } else {
                out[i] = arg;
            }
        }
        return new GenericAlias(self.origin, PyTuple.of(out));
    }

    private static void define(TypeBuilder b) {
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(repr(ts, g(a[0]))));
        b.method("__call__($self, /, *args, **kwargs)", (ts, a) -> FunctionMethods.callWith(ts, g(a[0]).origin,
                (PyTuple) a[1], (org.krait.runtime.object.PyDict) a[2]));
        b.method("__eq__($self, value, /)", (ts, a) -> {
            if (!(a[1] instanceof GenericAlias)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(Abstract.richCompareBool(ts, g(a[0]).origin, g(a[1]).origin, Abstract.EQ)
                    && Abstract.richCompareBool(ts, g(a[0]).args, g(a[1]).args, Abstract.EQ));
        });
        b.method("__hash__($self, /)", (ts, a) -> PyInt.of(Abstract.hash(ts, g(a[0]).origin)
                ^ Abstract.hash(ts, g(a[0]).args)));
        b.method("__mro_entries__($self, bases, /)", (ts, a) -> PyTuple.of(g(a[0]).origin));
        b.method("__instancecheck__($self, obj, /)", (ts, a) -> {
            throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        b.method("__subclasscheck__($self, cls, /)", (ts, a) -> {
            throw Errors.typeError("issubclass() argument 2 cannot be a parameterized generic");
        });
        b.method("__getattribute__($self, name, /)", (ts, a) -> {
            String n = ((PyStr) a[1]).value();
            if (TYPE.lookup(n) != null || n.equals("__class__")) {
                return Attributes.genericGetattr(ts, a[0], n);
            }
            return Attributes.getattr(ts, g(a[0]).origin, n);
        });
        b.method("__or__($self, value, /)", (ts, a) -> UnionType.or(ts, a[0], a[1]));
        b.method("__ror__($self, value, /)", (ts, a) -> UnionType.or(ts, a[1], a[0]));
        b.getter("__origin__", o -> g(o).origin);
        b.getter("__args__", o -> g(o).args);
        b.getset("__parameters__", (ts, o) -> parameters(ts, g(o).args), null);
        b.method("__getitem__($self, item, /)", (ts, a) -> getitem(ts, g(a[0]), a[1]));
        b.attr("__module__", PyStr.of("types"));
    }
}
