package org.krait.runtime.object;

import java.util.function.BiFunction;
import java.util.function.Function;

import org.krait.runtime.interp.ThreadState;

/** Fills a built-in type's dict when the type becomes ready: its methods, getters and attributes. */
public final class TypeBuilder {
    private final PyType type;
    private final PyDict dict;

    TypeBuilder(PyType type, PyDict dict) {
        this.type = type;
        this.dict = dict;
    }

    public PyType type() {
        return type;
    }

    /** An instance method; the signature starts with {@code $self}. */
    public TypeBuilder method(String signature, BuiltinBody body) {
        ArgSpec spec = ArgSpec.parse(signature).ownedBy(type.name());
        boolean sequence = type == PyStr.TYPE || type == PyBytes.TYPE || type == PyByteArray.TYPE
                || type == PyList.TYPE || type == PyTuple.TYPE;
        spec.slotCountPrefix = SlotWrappers.countPrefix(type.name(), spec.name, sequence);
        dict.putStr(spec.name, new PyMethodDescr(type, spec, body, SlotWrappers.isWrapper(type.name(), spec.name)));
        return this;
    }

    /**
     * An instance method whose arguments CPython parses with PyArg_ParseTuple (METH_VARARGS, no
     * text signature): the same binding, with that function's argument-count messages.
     */
    public TypeBuilder varargsMethod(String signature, BuiltinBody body) {
        ArgSpec spec = ArgSpec.parse(signature).ownedBy(type.name()).parseTupleStyle();
        dict.putStr(spec.name, new PyMethodDescr(type, spec, body, false));
        return this;
    }

    /** A class method; the signature starts with {@code $type}, bound to the class it is looked up on. */
    public TypeBuilder classMethod(String signature, BuiltinBody body) {
        ArgSpec spec = ArgSpec.parse(signature).ownedBy(type.name());
        dict.putStr(spec.name, new PyClassMethodDescr(type, spec, body));
        return this;
    }

    /** A static method, e.g. {@code __new__} (whose first parameter is the class). */
    public TypeBuilder staticMethod(String signature, BuiltinBody body) {
        ArgSpec spec = ArgSpec.parse(signature).ownedBy(type.name());
        PyBuiltinFunction f = new PyBuiltinFunction(spec, body, null, type.name());
        dict.putStr(spec.name, spec.name.equals("__new__") ? f : new PyStaticMethod(f));
        return this;
    }

    /** A read-only attribute computed from the instance. */
    public TypeBuilder getter(String name, Function<PyObject, PyObject> get) {
        dict.putStr(name, new PyGetSetDescr(type, name, (ts, o) -> get.apply(o), null));
        return this;
    }

    /** A READONLY member (PyMemberDef): assigning or deleting raises "readonly attribute". */
    public TypeBuilder readonlyMember(String name, Function<PyObject, PyObject> get) {
        dict.putStr(name, new PyGetSetDescr(type, name, (ts, o) -> get.apply(o), (ts, o, v) -> {
            throw org.krait.runtime.exceptions.Errors.raise(
                    org.krait.runtime.exceptions.ExceptionTypes.ATTRIBUTE_ERROR, "readonly attribute");
        }));
        return this;
    }

    /** A read-write attribute; {@code set} receives null to delete. */
    public TypeBuilder getset(String name, BiFunction<ThreadState, PyObject, PyObject> get, PyGetSetDescr.Setter set) {
        dict.putStr(name, new PyGetSetDescr(type, name, get, set));
        return this;
    }

    public TypeBuilder attr(String name, PyObject value) {
        dict.putStr(name, value);
        return this;
    }

    /** As type_ready: {@code __doc__} is the type's tp_doc (BuiltinDocs), or None. */
    void finish(String doc) {
        if (dict.getStr("__doc__") == null) {
            dict.putStr("__doc__", doc == null ? PyNone.NONE : PyStr.of(doc));
        }
    }
}
