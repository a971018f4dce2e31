package org.krait.runtime.ceval;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.types.Builtin;

/** The {@code super} type: {@code super(cls, obj)} objects and the checks LOAD_SUPER_ATTR shares. */
public final class Supers extends PyObject {
    public static final PyType TYPE = PyType.builtin("super", null, PyType.BASETYPE, null, Supers::define);

    final PyType thisClass;
    final PyObject obj;

    Supers(PyType thisClass, PyObject obj) {
        this.thisClass = thisClass;
        this.obj = obj;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static void check(PyType cls, PyObject self) {
        if (self instanceof PyType && ((PyType) self).isSubtypeOf(cls)) {
            return;
        }
        if (!self.type().isSubtypeOf(cls)) {
            throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
    }

    private static void define(TypeBuilder b) {
        b.staticMethod("__new__(type, *args, **kwargs)", (ts, a) -> {
            org.krait.runtime.object.PyTuple args = (org.krait.runtime.object.PyTuple) a[1];
            if (args.size() == 0) {
                throw Errors.runtimeError("super(): no arguments");
            }
            if (!(args.get(0) instanceof PyType)) {
                throw Errors.typeError("super() argument 1 must be a type, not " + args.get(0).type().name());
            }
            PyObject obj = args.size() > 1 ? args.get(1) : null;
            if (obj != null && obj != PyNone.NONE) {
                check((PyType) args.get(0), obj);
            }
            return new Supers((PyType) args.get(0), obj == PyNone.NONE ? null : obj);
        });
        b.method("__init__($self, /, *args, **kwargs)", (ts, a) -> PyNone.NONE);
        b.method("__getattribute__($self, name, /)", (ts, a) -> {
            Supers s = (Supers) a[0];
            String name = ((PyStr) a[1]).value();
            if (s.obj == null || name.equals("__class__")) {
                return org.krait.runtime.ops.Attributes.genericGetattr(ts, s, name);
            }
            return Builtin.superLookup(ts, s.thisClass, s.obj, name);
        });
        b.method("__repr__($self, /)", (ts, a) -> {
            Supers s = (Supers) a[0];
            if (s.obj == null) {
                return PyStr.of("<super: <class '" + s.thisClass.name() + "'>, NULL>");
            }
            PyType objType = s.obj instanceof PyType ? (PyType) s.obj : s.obj.type();
            return PyStr.of("<super: <class '" + s.thisClass.name() + "'>, <" + objType.name() + " object>>");
        });
        b.getter("__thisclass__", o -> ((Supers) o).thisClass);
        b.getter("__self__", o -> ((Supers) o).obj == null ? PyNone.NONE : ((Supers) o).obj);
        b.getter("__self_class__", o -> {
            PyObject obj = ((Supers) o).obj;
            return obj == null ? PyNone.NONE : obj instanceof PyType ? obj : obj.type();
        });
    }

    static String repr(ThreadState ts, PyObject o) {
        return Abstract.repr(ts, o);
    }
}
