package org.krait.runtime.object;

import java.util.function.BiFunction;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;

/** {@code getset_descriptor}: a data descriptor implemented in Java (e.g. {@code __dict__}, {@code real}). */
public final class PyGetSetDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", null, 0, null,
            org.krait.runtime.types.DataDescriptorMethods::defineGetSet);

    /** Sets (value non-null) or deletes (value null) the attribute. */
    @FunctionalInterface
    public interface Setter {
        void set(ThreadState ts, PyObject self, PyObject value);
    }

    public final PyType owner;
    public final String name;
    private final BiFunction<ThreadState, PyObject, PyObject> get;
    private final Setter set;

    PyGetSetDescr(PyType owner, String name, BiFunction<ThreadState, PyObject, PyObject> get, Setter set) {
        this.owner = owner;
        this.name = name;
        this.get = get;
        this.set = set;
    }

    /** A read-only attribute of instances of {@code owner}. */
    public static PyGetSetDescr readOnly(PyType owner, String name, java.util.function.Function<PyObject, PyObject> get) {
        return new PyGetSetDescr(owner, name, (ts, o) -> get.apply(o), null);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyObject get(ThreadState ts, PyObject self) {
        return get.apply(ts, self);
    }

    public void set(ThreadState ts, PyObject self, PyObject value) {
        if (set == null) {
            throw Errors.raise(org.krait.runtime.exceptions.ExceptionTypes.ATTRIBUTE_ERROR, "attribute '" + name
                    + "' of '" + owner.name() + "' objects is not writable");
        }
        set.set(ts, self, value);
    }
}
