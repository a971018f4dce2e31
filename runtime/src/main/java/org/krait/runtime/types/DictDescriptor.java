package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyInstance;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;

/** The {@code __dict__} attribute of instances of classes: one immortal data descriptor for all of them. */
public final class DictDescriptor extends PyObject {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", null, 0, null, DictDescriptor::define);
    public static final DictDescriptor INSTANCE = new DictDescriptor();

    private DictDescriptor() {
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public static PyObject get(PyObject obj) {
        PyDict d = obj.instanceDict();
        if (d == null) {
            throw Errors.attributeError("'" + obj.type().name() + "' object has no attribute '__dict__'", obj, "__dict__");
        }
        return d;
    }

    public static void set(ThreadState ts, PyObject obj, PyObject value) {
        if (!(value instanceof PyDict)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '"
                    + (value == null ? "NoneType" : value.type().name()) + "'");
        }
        if (!(obj instanceof PyInstance)) {
            throw Errors.typeError("__dict__ of this object cannot be replaced");
        }
        ((PyInstance) obj).setInstanceDict((PyDict) value);
    }

    private static void define(TypeBuilder b) {
        b.method("__get__($self, instance, owner=None, /)", (ts, a) -> a[1] == org.krait.runtime.object.PyNone.NONE
                ? a[0] : get(a[1]));
        b.method("__set__($self, instance, value, /)", (ts, a) -> {
            set(ts, a[1], a[2]);
            return org.krait.runtime.object.PyNone.NONE;
        });
    }
}
