package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyInstance;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
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

/** The methods of {@code object} (Objects/typeobject.c object_*). */
public final class ObjectMethods {
    private ObjectMethods() {
    }

    /**
     * object's own slots, compared by identity to detect overrides (as CPython compares tp_*
     * pointers). A holder class, so they are read only after object's dict is ready.
     */
    public static final class Slots {
        public static final PyObject NEW = PyType.OBJECT.dict().getStr("__new__");
        public static final PyObject INIT = PyType.OBJECT.dict().getStr("__init__");
        public static final PyObject GETATTRIBUTE = PyType.OBJECT.dict().getStr("__getattribute__");
        public static final PyObject SETATTR = PyType.OBJECT.dict().getStr("__setattr__");
        public static final PyObject DELATTR = PyType.OBJECT.dict().getStr("__delattr__");

        private Slots() {
        }
    }

    public static void define(TypeBuilder b) {
        b.staticMethod("__new__(*args, **kwargs)", ObjectMethods::objectNew);
        b.method("__init__($self, *args, **kwargs)", (ts, a) -> {
            PyType t = a[0].type();
            if (((PyTuple) a[1]).size() > 0 || ((PyDict) a[2]).size() > 0) {
                if (t.lookupSlot(PyType.SLOT_INIT) != Slots.INIT) {
                    throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                if (t.lookupSlot(PyType.SLOT_NEW) == Slots.NEW) {
                    throw Errors.typeError(t.name() + "() takes no arguments");
                }
            }
            return PyNone.NONE;
        });
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(defaultRepr(ts, a[0])));
        b.method("__str__($self, /)", (ts, a) -> PyStr.of(Abstract.repr(ts, a[0])));
        b.method("__eq__($self, value, /)", (ts, a) -> a[0] == a[1] ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED);
        b.method("__ne__($self, value, /)", (ts, a) -> {
            PyObject eq = Calls.callSpecial(ts, a[0], "__eq__", a[1]);
            if (eq == null || eq == PyNotImplemented.NOT_IMPLEMENTED) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(!Abstract.isTrue(ts, eq));
        });
        for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            b.method(cmp + "($self, value, /)", (ts, a) -> PyNotImplemented.NOT_IMPLEMENTED);
        }
        b.method("__hash__($self, /)", (ts, a) -> PyInt.of(identityHash(a[0])));
        b.method("__getattribute__($self, name, /)", (ts, a) -> Attributes.genericGetattr(ts, a[0], attrName(a[1])));
        b.method("__setattr__($self, name, value, /)", (ts, a) -> {
            Attributes.genericSetattr(ts, a[0], attrName(a[1]), a[2]);
            return PyNone.NONE;
        });
        b.method("__delattr__($self, name, /)", (ts, a) -> {
            Attributes.genericSetattr(ts, a[0], attrName(a[1]), null);
            return PyNone.NONE;
        });
        b.method("__format__($self, format_spec, /)", (ts, a) -> {
            if (!(a[1] instanceof PyStr)) {
                throw Errors.typeError("__format__() argument must be str, not " + a[1].type().name());
            }
            if (!((PyStr) a[1]).value().isEmpty()) {
                throw Errors.typeError("unsupported format string passed to " + a[0].type().name() + ".__format__");
            }
            return Abstract.strObject(ts, a[0]);
        });
        b.method("__dir__($self, /)", (ts, a) -> Builtin.dirOf(ts, a[0]));
        b.method("__sizeof__($self, /)", (ts, a) -> PyInt.of(16));
        b.method("__reduce_ex__($self, protocol, /)", (ts, a) -> {
            throw Errors.typeError("cannot pickle '" + a[0].type().name() + "' object");
        });
        b.classMethod("__init_subclass__($type, /, **kwargs)", (ts, a) -> {
            if (((PyDict) a[1]).size() > 0) {
                throw Errors.typeError(((PyType) a[0]).qualname() + ".__init_subclass__() takes no keyword arguments");
            }
            return PyNone.NONE;
        });
        b.classMethod("__subclasshook__($type, /, *args)", (ts, a) -> PyNotImplemented.NOT_IMPLEMENTED);
        b.getset("__class__", (ts, o) -> o.type(), (ts, o, v) -> setClass(o, v));
    }

    private static PyObject objectNew(ThreadState ts, PyObject[] a) {
        PyTuple args = (PyTuple) a[0];
        if (args.size() == 0) {
            throw Errors.typeError("object.__new__(): not enough arguments");
        }
        PyObject first = args.get(0);
        if (!(first instanceof PyType)) {
            throw Errors.typeError("object.__new__(X): X is not a type object (" + first.type().name() + ")");
        }
        PyType t = (PyType) first;
        if (args.size() > 1 || ((PyDict) a[1]).size() > 0) {
            if (t.lookupSlot(PyType.SLOT_NEW) != Slots.NEW) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (t.lookupSlot(PyType.SLOT_INIT) == Slots.INIT) {
                throw Errors.typeError(t.name() + "() takes no arguments");
            }
        }
        PyObject abstracts = t.isHeapType() ? t.lookup("__abstractmethods__") : null;
        if (abstracts != null && Abstract.isTrue(ts, abstracts)) {
            throw Errors.typeError("Can't instantiate abstract class " + t.name() + " with abstract methods");
        }
        PyObject obj = t.allocate();
        if (obj == null) {
            throw Errors.typeError("object.__new__(" + t.name() + ") is not safe, use " + t.name() + ".__new__()");
        }
        return obj;
    }

    static String attrName(PyObject name) {
        if (!(name instanceof PyStr)) {
            throw Errors.typeError("attribute name must be string, not '" + name.type().name() + "'");
        }
        return ((PyStr) name).value();
    }

    /** {@code <module.Qualname object at 0x...>}. */
    public static String defaultRepr(ThreadState ts, PyObject o) {
        PyType t = o.type();
        String module = TypeMethods.moduleName(t);
        String name = module == null || module.equals("builtins") ? t.qualname() : module + "." + t.qualname();
        return "<" + name + " object at " + address(ts, o) + ">";
    }

    /** How CPython prints an object's address in reprs: its id() in hex. */
    public static String address(ThreadState ts, PyObject o) {
        return "0x" + String.format("%012x", ts.interp.ids.id(o));
    }

    /** id() and the default hash: stable per object for its lifetime. */
    public static long identityHash(PyObject o) {
        return (System.identityHashCode(o) & 0xffffffffL) << 4;
    }

    private static void setClass(PyObject o, PyObject v) {
        if (v == null) {
            throw Errors.typeError("can't delete __class__ attribute");
        }
        if (!(v instanceof PyType)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + v.type().name() + "' object");
        }
        PyType nt = (PyType) v;
        if (!(o instanceof PyInstance) || !nt.isHeapType() || nt.layout() != o.type().layout()) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        ((PyInstance) o).setType(nt);
    }

    /** Used by Builtin.dirOf to list names. */
    static PyList sortedKeys(ThreadState ts, PyDict d) {
        PyList l = new PyList();
        for (int e = 0; e < d.entryLimit(); e++) {
            if (d.keyAt(e) != null) {
                l.append(d.keyAt(e));
            }
        }
        return l;
    }
}
