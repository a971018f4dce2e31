package org.krait.runtime.builtins;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.ops.Attributes;

/** getattr, setattr, hasattr, delattr. */
final class ObjectFunctions {
    private ObjectFunctions() {
    }

    static String name(PyObject o, String fn) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError("attribute name must be string, not '" + o.type().name() + "'");
        }
        return ((PyStr) o).value();
    }

    static void define(PyModule m) {
        m.def("getattr(object, name, default=?, /)", (ts, a) -> {
            String n = name(a[1], "getattr");
            if (a[2] == null) {
                return Attributes.getattr(ts, a[0], n);
            }
            try {
                return Attributes.getattr(ts, a[0], n);
            } catch (PyException e) {
                if (e.value.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    return a[2];
                }
                throw e;
            }
        });
        m.def("setattr(obj, name, value, /)", (ts, a) -> {
            Attributes.setattr(ts, a[0], name(a[1], "setattr"), a[2]);
            return PyNone.NONE;
        });
        m.def("delattr(obj, name, /)", (ts, a) -> {
            Attributes.setattr(ts, a[0], name(a[1], "delattr"), null);
            return PyNone.NONE;
        });
        m.def("hasattr(obj, name, /)", (ts, a) -> PyBool.of(Attributes.lookupOrNull(ts, a[0], name(a[1], "hasattr"))
                != null));
    }
}
