package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Calls;

/** {@code mappingproxy}: the read-only view a class's {@code __dict__} returns. */
public final class MappingProxy extends org.krait.runtime.object.PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", null, 0, null, MappingProxy::define);

    final PyDict mapping;

    public MappingProxy(PyDict mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyDict d(PyObject self) {
        return ((MappingProxy) self).mapping;
    }

    private static void define(TypeBuilder b) {
        b.method("__getitem__($self, key, /)", (ts, a) -> DictMethods.getitem(ts, d(a[0]), a[1]));
        b.method("__len__($self, /)", (ts, a) -> PyInt.of(d(a[0]).size()));
        b.method("__str__($self, /)", (ts, a) -> PyStr.of(Abstract.str(ts, d(a[0]))));
        String[] cmps = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmps.length; i++) {
            int op = i;
            // mappingproxy_richcompare: the mapping compared with the other operand
            b.method(cmps[i] + "($self, value, /)", (ts, a) -> Abstract.richCompare(ts, d(a[0]), a[1], op));
        }
        b.method("__contains__($self, key, /)", (ts, a) -> PyBool.of(d(a[0]).containsKey(ts, a[1])));
        b.method("__iter__($self, /)", (ts, a) -> Calls.callSpecial(ts, d(a[0]), "__iter__"));
        b.method("get($self, key, default=None, /)", (ts, a) -> {
            PyObject v = d(a[0]).get(ts, a[1]);
            return v == null ? a[2] : v;
        });
        b.method("keys($self, /)", (ts, a) -> Calls.callSpecial(ts, d(a[0]), "keys"));
        b.method("values($self, /)", (ts, a) -> Calls.callSpecial(ts, d(a[0]), "values"));
        b.method("items($self, /)", (ts, a) -> Calls.callSpecial(ts, d(a[0]), "items"));
        b.method("copy($self, /)", (ts, a) -> d(a[0]).copy());
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of("mappingproxy(" + Abstract.repr(ts, d(a[0])) + ")"));
        b.method("__setitem__($self, key, value, /)", (ts, a) -> {
            throw Errors.typeError("'mappingproxy' object does not support item assignment");
        });
    }
}
