package org.krait.runtime.object;

import org.krait.runtime.types.TupleMethods;

/** Python {@code tuple}; the empty tuple is immortal. The array is never mutated after construction. */
public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", null, PyType.BASETYPE, null, TupleMethods::define);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    public final PyObject[] items;

    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    /** Instances of Python subclasses of tuple. */
    public static final class Derived extends PyTuple {
        private final PyType type;
        /** Null when the class's __slots__ leave out __dict__. */
        private final PyDict dict;

        public Derived(PyType type, PyObject[] items) {
            super(items);
            this.type = type;
            this.dict = type.hasInstanceDict() ? new PyDict() : null;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict instanceDict() {
            return dict;
        }
    }
}
