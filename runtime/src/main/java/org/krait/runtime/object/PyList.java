package org.krait.runtime.object;

import org.krait.runtime.types.ListMethods;

import java.util.Arrays;

/** Python {@code list}: a growable array (Objects/listobject.c's over-allocation pattern). */
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", null, PyType.BASETYPE,
            t -> t == PyList.TYPE ? new PyList() : new Derived(t), ListMethods::define);
    private static final PyObject[] NO_ITEMS = new PyObject[0];

    public PyObject[] items;
    public int size;

    public PyList() {
        items = NO_ITEMS;
    }

    /** A list that takes ownership of {@code items}. */
    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public void append(PyObject v) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = v;
    }

    public void grow(int minCapacity) {
        if (minCapacity > items.length) {
            // half again, not CPython's eighth: a JVM array cannot grow in place as realloc often
            // does, so every growth copies and a list built by appends copies each item ~3 times, not ~9
            int cap = Math.max(minCapacity, (minCapacity + (minCapacity >> 1) + 6) & ~3);
            items = Arrays.copyOf(items, cap);
        }
    }

    /** A copy of the live items. */
    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Instances of Python subclasses of list. */
    public static final class Derived extends PyList {
        private final PyType type;
        /** Null when the class's __slots__ leave out __dict__. */
        private final PyDict dict;

        Derived(PyType type) {
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
