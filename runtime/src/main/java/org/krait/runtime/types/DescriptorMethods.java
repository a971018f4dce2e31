package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyClassMethod;
import org.krait.runtime.object.PyMethod;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyProperty;
import org.krait.runtime.object.PyStaticMethod;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.Calls;

/** classmethod, staticmethod and property (Objects/funcobject.c, Objects/descrobject.c). */
public final class DescriptorMethods {
    private DescriptorMethods() {
    }

    public static void defineClassMethod(TypeBuilder b) {
        b.staticMethod("__new__(type, *args, **kwargs)", (ts, a) -> {
            PyClassMethod cm = new PyClassMethod(PyNone.NONE);
            return cm;
        });
        b.method("__init__($self, function, /)", (ts, a) -> {
            ((PyClassMethod) a[0]).callable = a[1];
            copyWrapperAttrs(ts, a[0], a[1]);
            return PyNone.NONE;
        });
        b.method("__get__($self, instance, owner=None, /)", (ts, a) -> {
            PyObject owner = a[2] == PyNone.NONE ? a[1].type() : a[2];
            return new PyMethod(((PyClassMethod) a[0]).callable, owner);
        });
        b.getter("__func__", o -> ((PyClassMethod) o).callable);
        b.getter("__wrapped__", o -> ((PyClassMethod) o).callable);
        b.getter("__isabstractmethod__", o -> isAbstract(((PyClassMethod) o).callable));
    }

    public static void defineStaticMethod(TypeBuilder b) {
        b.staticMethod("__new__(type, *args, **kwargs)", (ts, a) -> new PyStaticMethod(PyNone.NONE));
        b.method("__init__($self, function, /)", (ts, a) -> {
            ((PyStaticMethod) a[0]).callable = a[1];
            copyWrapperAttrs(ts, a[0], a[1]);
            return PyNone.NONE;
        });
        b.method("__get__($self, instance, owner=None, /)", (ts, a) -> ((PyStaticMethod) a[0]).callable);
        b.method("__call__($self, /, *args, **kwargs)", (ts, a) -> FunctionMethods.callWith(ts,
                ((PyStaticMethod) a[0]).callable, (org.krait.runtime.object.PyTuple) a[1],
                (org.krait.runtime.object.PyDict) a[2]));
        b.getter("__func__", o -> ((PyStaticMethod) o).callable);
        b.getter("__wrapped__", o -> ((PyStaticMethod) o).callable);
        b.getter("__isabstractmethod__", o -> isAbstract(((PyStaticMethod) o).callable));
    }

    private static PyObject isAbstract(PyObject f) {
        PyObject v = f.instanceDict() == null ? null : f.instanceDict().getStr("__isabstractmethod__");
        return v == null ? org.krait.runtime.object.PyBool.FALSE : v;
    }

    /** functools.update_wrapper's subset that CPython 3.10+ classmethod/staticmethod copy. */
    private static void copyWrapperAttrs(ThreadState ts, PyObject wrapper, PyObject f) {
        for (String attr : new String[] {"__module__", "__name__", "__qualname__", "__doc__"}) {
            PyObject v = Attributes.lookupOrNull(ts, f, attr);
            if (v != null) {
                wrapper.instanceDict().putStr(attr, v);
            }
        }
    }

    private static PyProperty p(PyObject o) {
        return (PyProperty) o;
    }

    public static void defineProperty(TypeBuilder b) {
        b.staticMethod("__new__(type, *args, **kwargs)", (ts, a) -> {
            PyType cls = (PyType) a[0];
            if (cls != PyProperty.TYPE) {
                throw Errors.typeError("subclassing property is not supported yet");
            }
            return new PyProperty(PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        });
        b.method("__init__($self, fget=None, fset=None, fdel=None, doc=None)", (ts, a) -> {
            PyProperty p = p(a[0]);
            p.fget = a[1];
            p.fset = a[2];
            p.fdel = a[3];
            p.doc = a[4];
            if (p.doc == PyNone.NONE && p.fget != PyNone.NONE) {
                PyObject d = Attributes.lookupOrNull(ts, p.fget, "__doc__");
                if (d != null) {
                    p.doc = d;
                }
            }
            return PyNone.NONE;
        });
        b.method("__get__($self, instance, owner=None, /)", (ts, a) -> a[1] == PyNone.NONE ? a[0]
                : Attributes.bindDescriptor(ts, a[0], a[1], a[1].type()));
        b.method("__set__($self, instance, value, /)", (ts, a) -> {
            Calls.call(ts, p(a[0]).fset, a[1], a[2]);
            return PyNone.NONE;
        });
        b.method("__delete__($self, instance, /)", (ts, a) -> {
            Calls.call(ts, p(a[0]).fdel, a[1]);
            return PyNone.NONE;
        });
        b.method("__set_name__($self, owner, name, /)", (ts, a) -> {
            p(a[0]).name = a[2];
            return PyNone.NONE;
        });
        b.method("getter($self, fget, /)", (ts, a) -> copy(a[0], a[1], p(a[0]).fset, p(a[0]).fdel));
        b.method("setter($self, fset, /)", (ts, a) -> copy(a[0], p(a[0]).fget, a[1], p(a[0]).fdel));
        b.method("deleter($self, fdel, /)", (ts, a) -> copy(a[0], p(a[0]).fget, p(a[0]).fset, a[1]));
        b.getter("fget", o -> p(o).fget);
        b.getter("fset", o -> p(o).fset);
        b.getter("fdel", o -> p(o).fdel);
        b.getset("__doc__", (ts, o) -> p(o).doc, (ts, o, v) -> p(o).doc = v == null ? PyNone.NONE : v);
        b.getter("__isabstractmethod__", o -> isAbstract(p(o).fget));
    }

    private static PyObject copy(PyObject old, PyObject fget, PyObject fset, PyObject fdel) {
        PyProperty p = new PyProperty(fget, fset, fdel, p(old).doc);
        p.name = p(old).name;
        return p;
    }
}
