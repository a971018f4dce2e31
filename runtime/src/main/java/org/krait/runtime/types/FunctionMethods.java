package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyBuiltinFunction;
import org.krait.runtime.object.PyCell;
import org.krait.runtime.object.PyClassMethodDescr;
import org.krait.runtime.object.PyCode;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyMethod;
import org.krait.runtime.object.PyMethodDescr;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.Calls;

/** The attributes of functions, bound methods, built-in functions, method descriptors and code objects. */
public final class FunctionMethods {
    private FunctionMethods() {
    }

    private static PyFunction f(PyObject o) {
        return (PyFunction) o;
    }

    private static String hex(ThreadState ts, PyObject o) {
        return ObjectMethods.address(ts, o);
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    public static void defineFunction(TypeBuilder b) {
        b.method("__get__($self, instance, owner=None, /)", (ts, a) -> a[1] == PyNone.NONE ? a[0]
                : new PyMethod(a[0], a[1]));
        b.method("__call__($self, /, *args, **kwargs)", (ts, a) -> callWith(ts, a[0], (PyTuple) a[1], (PyDict) a[2]));
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of("<function " + f(a[0]).qualname + " at " + hex(ts, a[0]) + ">"));
        b.getset("__name__", (ts, o) -> PyStr.of(f(o).name), (ts, o, v) -> f(o).name = strValue(v, "__name__"));
        b.getset("__qualname__", (ts, o) -> PyStr.of(f(o).qualname),
                (ts, o, v) -> f(o).qualname = strValue(v, "__qualname__"));
        b.getset("__doc__", (ts, o) -> f(o).doc, (ts, o, v) -> f(o).doc = orNone(v));
        b.getset("__module__", (ts, o) -> f(o).module, (ts, o, v) -> f(o).module = orNone(v));
        b.getset("__defaults__", (ts, o) -> orNone(f(o).defaults), (ts, o, v) -> {
            if (v != null && v != PyNone.NONE && !(v instanceof PyTuple)) {
                throw Errors.typeError("__defaults__ must be set to a tuple object");
            }
            f(o).defaults = v instanceof PyTuple ? (PyTuple) v : null;
        });
        b.getset("__kwdefaults__", (ts, o) -> orNone(f(o).kwdefaults), (ts, o, v) -> {
            if (v != null && v != PyNone.NONE && !(v instanceof PyDict)) {
                throw Errors.typeError("__kwdefaults__ must be set to a dict object");
            }
            f(o).kwdefaults = v instanceof PyDict ? (PyDict) v : null;
        });
        b.getset("__code__", (ts, o) -> f(o).code, (ts, o, v) -> {
            if (!(v instanceof PyCode)) {
                throw Errors.typeError("__code__ must be set to a code object");
            }
            f(o).code = (PyCode) v;
            f(o).globalCache = null; // its LOAD_GLOBAL and attribute sites belong to the old code
            f(o).attrSites = null;
        });
        b.getter("__globals__", o -> f(o).globals);
        b.getter("__builtins__", o -> f(o).builtins);
        b.getter("__closure__", o -> f(o).closure == null ? PyNone.NONE : PyTuple.of(f(o).closure));
        b.getset("__annotations__", (ts, o) -> {
            if (f(o).annotations == null) {
                f(o).annotations = new PyDict();
            }
            return f(o).annotations;
        }, (ts, o, v) -> f(o).annotations = v);
        b.getset("__dict__", (ts, o) -> o.instanceDict(), (ts, o, v) -> {
            throw Errors.typeError("setting function __dict__ is not supported");
        });
        b.getset("__type_params__", (ts, o) -> f(o).typeParams == null ? PyTuple.EMPTY : f(o).typeParams,
                (ts, o, v) -> {
                    if (!(v instanceof PyTuple)) {
                        throw Errors.typeError("__type_params__ must be set to a tuple");
                    }
                    f(o).typeParams = v;
                });
    }

    static PyObject callWith(org.krait.runtime.interp.ThreadState ts, PyObject callable, PyTuple args, PyDict kw) {
        PyObject[] all = new PyObject[args.size() + kw.size()];
        System.arraycopy(args.items, 0, all, 0, args.size());
        String[] names = kw.size() == 0 ? null : new String[kw.size()];
        int k = 0;
        for (int e = 0; e < kw.entryLimit(); e++) {
            if (kw.keyAt(e) != null) {
                names[k] = ((PyStr) kw.keyAt(e)).value();
                all[args.size() + k++] = kw.valueAt(e);
            }
        }
        return Calls.call(ts, callable, all, names);
    }

    public static String strValue(PyObject v, String attr) {
        if (!(v instanceof PyStr)) {
            throw Errors.typeError(attr + " must be set to a string object");
        }
        return ((PyStr) v).value();
    }

    public static void defineMethod(TypeBuilder b) {
        b.method("__call__($self, /, *args, **kwargs)", (ts, a) -> callWith(ts, a[0], (PyTuple) a[1], (PyDict) a[2]));
        b.method("__get__($self, instance, owner=None, /)", (ts, a) -> a[0]);
        b.getter("__func__", o -> ((PyMethod) o).function);
        b.getter("__self__", o -> ((PyMethod) o).self);
        b.method("__repr__($self, /)", (ts, a) -> {
            PyMethod m = (PyMethod) a[0];
            PyObject name = Attributes.lookupOrNull(ts, m.function, "__qualname__");
            String n = name instanceof PyStr ? ((PyStr) name).value() : "?";
            return PyStr.of("<bound method " + n + " of " + Abstract.repr(ts, m.self) + ">");
        });
        b.method("__eq__($self, value, /)", (ts, a) -> {
            if (!(a[1] instanceof PyMethod)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyMethod x = (PyMethod) a[0];
            PyMethod y = (PyMethod) a[1];
            return PyBool.of(x.self == y.self && Abstract.richCompareBool(ts, x.function, y.function, Abstract.EQ));
        });
        b.method("__hash__($self, /)", (ts, a) -> PyInt.of(ObjectMethods.identityHash(((PyMethod) a[0]).self)
                ^ Abstract.hash(ts, ((PyMethod) a[0]).function)));
        b.method("__getattribute__($self, name, /)", (ts, a) -> {
            String name = ObjectMethods.attrName(a[1]);
            PyObject own = ((PyType) PyMethod.TYPE).lookup(name);
            if (own != null) {
                return Attributes.genericGetattr(ts, a[0], name);
            }
            return Attributes.getattr(ts, ((PyMethod) a[0]).function, name);
        });
    }

    public static void defineBuiltin(TypeBuilder b) {
        b.method("__call__($self, /, *args, **kwargs)", (ts, a) -> callWith(ts, a[0], (PyTuple) a[1], (PyDict) a[2]));
        b.getter("__name__", o -> PyStr.of(((PyBuiltinFunction) o).name()));
        b.getter("__qualname__", o -> {
            PyBuiltinFunction f = (PyBuiltinFunction) o;
            return PyStr.of(f.qualPrefix == null ? f.name() : f.qualPrefix + "." + f.name());
        });
        b.getter("__self__", o -> {
            PyBuiltinFunction f = (PyBuiltinFunction) o;
            return f.self == null ? PyNone.NONE : f.self;
        });
        b.getter("__module__", o -> ((PyBuiltinFunction) o).self == null ? PyStr.of("builtins") : PyNone.NONE);
        b.method("__repr__($self, /)", (ts, a) -> {
            PyBuiltinFunction f = (PyBuiltinFunction) a[0];
            if (f.self == null || f.self instanceof PyModule) {
                return PyStr.of("<built-in function " + f.name() + ">");
            }
            if (f.self instanceof PyType) {
                return PyStr.of("<built-in method " + f.name() + " of type object at " + hex(ts, f.self) + ">");
            }
            return PyStr.of("<built-in method " + f.name() + " of " + f.self.type().name() + " object at "
                    + hex(ts, f.self) + ">");
        });
    }

    public static void defineMethodDescr(TypeBuilder b) {
        b.method("__get__($self, instance, owner=None, /)", (ts, a) -> a[1] == PyNone.NONE ? a[0]
                : ((PyMethodDescr) a[0]).bind(a[1]));
        b.method("__call__($self, /, *args, **kwargs)", (ts, a) -> callWith(ts, a[0], (PyTuple) a[1], (PyDict) a[2]));
        b.getter("__name__", o -> PyStr.of(((PyMethodDescr) o).name()));
        b.getter("__qualname__", o -> PyStr.of(((PyMethodDescr) o).owner.name() + "." + ((PyMethodDescr) o).name()));
        b.getter("__objclass__", o -> ((PyMethodDescr) o).owner);
        b.method("__repr__($self, /)", (ts, a) -> {
            PyMethodDescr d = (PyMethodDescr) a[0];
            String kind = d.type() == PyMethodDescr.WRAPPER_TYPE ? "slot wrapper" : "method";
            return PyStr.of("<" + kind + " '" + d.name() + "' of '" + d.owner.name() + "' objects>");
        });
    }

    public static void defineClassMethodDescr(TypeBuilder b) {
        b.method("__get__($self, instance, owner=None, /)", (ts, a) -> ((PyClassMethodDescr) a[0])
                .bind(a[1] == PyNone.NONE ? null : a[1], a[2] == PyNone.NONE ? null : a[2]));
        b.method("__call__($self, /, *args, **kwargs)", (ts, a) -> {
            // classmethoddescr_call: the first argument is the class to bind to
            PyClassMethodDescr d = (PyClassMethodDescr) a[0];
            PyTuple args = (PyTuple) a[1];
            if (args.size() == 0) {
                throw Errors.typeError("descriptor '" + d.name() + "' of '" + d.owner.name()
                        + "' object needs an argument");
            }
            PyObject bound = d.bind(null, args.get(0));
            return callWith(ts, bound, PyTuple.of(java.util.Arrays.copyOfRange(args.items, 1, args.size())),
                    (PyDict) a[2]);
        });
        b.getter("__name__", o -> PyStr.of(((PyClassMethodDescr) o).name()));
        b.getter("__qualname__", o -> PyStr.of(((PyClassMethodDescr) o).owner.name() + "."
                + ((PyClassMethodDescr) o).name()));
        b.getter("__objclass__", o -> ((PyClassMethodDescr) o).owner);
        b.method("__repr__($self, /)", (ts, a) -> {
            PyClassMethodDescr d = (PyClassMethodDescr) a[0];
            return PyStr.of("<method '" + d.name() + "' of '" + d.owner.name() + "' objects>");
        });
    }

    public static void defineCode(TypeBuilder b) {
        b.getter("co_name", o -> PyStr.of(((PyCode) o).name));
        b.getter("co_qualname", o -> PyStr.of(((PyCode) o).qualname));
        b.getter("co_filename", o -> PyStr.of(((PyCode) o).filename));
        b.getter("co_firstlineno", o -> PyInt.of(((PyCode) o).firstlineno));
        b.getter("co_argcount", o -> PyInt.of(((PyCode) o).argcount));
        b.getter("co_posonlyargcount", o -> PyInt.of(((PyCode) o).posonlyargcount));
        b.getter("co_kwonlyargcount", o -> PyInt.of(((PyCode) o).kwonlyargcount));
        b.getter("co_flags", o -> PyInt.of(((PyCode) o).flags));
        b.getter("co_nlocals", o -> PyInt.of(((PyCode) o).varnames.length));
        b.getter("co_varnames", o -> names(((PyCode) o).varnames));
        b.getter("co_cellvars", o -> names(((PyCode) o).cellvars));
        b.getter("co_freevars", o -> names(((PyCode) o).freevars));
        b.method("replace($self, /, *, co_flags=?, co_name=?, co_qualname=?, co_filename=?, co_firstlineno=?)",
                (ts, a) -> {
                    PyCode c = (PyCode) a[0];
                    int flags = a[1] == null ? c.flags : (int) org.krait.runtime.ops.Abstract.asSsize(ts, a[1]);
                    // only the flags that do not change how the body was compiled may change
                    int fixed = ~PyCode.CO_ITERABLE_COROUTINE;
                    if ((flags & fixed) != (c.flags & fixed)) {
                        throw Errors.valueError("code.replace(): only CO_ITERABLE_COROUTINE of co_flags can change "
                                + "in compiled code");
                    }
                    return c.replace(a[2] == null ? c.name : strValue(a[2], "co_name"),
                            a[3] == null ? c.qualname : strValue(a[3], "co_qualname"),
                            a[4] == null ? c.filename : strValue(a[4], "co_filename"),
                            a[5] == null ? c.firstlineno : (int) org.krait.runtime.ops.Abstract.asSsize(ts, a[5]),
                            flags);
                });
        b.method("__repr__($self, /)", (ts, a) -> {
            PyCode c = (PyCode) a[0];
            return PyStr.of("<code object " + c.name + " at " + hex(ts, c) + ", file \"" + c.filename + "\", line "
                    + c.firstlineno + ">");
        });
    }

    private static PyTuple names(String[] names) {
        PyObject[] out = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = PyStr.of(names[i]);
        }
        return PyTuple.of(out);
    }

    static PyObject cellContents(PyCell c) {
        if (c.contents == null) {
            throw Errors.valueError("Cell is empty");
        }
        return c.contents;
    }
}
