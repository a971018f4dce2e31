package org.krait.runtime.object;

import org.krait.runtime.interp.ThreadState;

/**
 * Python {@code set} and {@code frozenset}. Storage is a PyDict whose values are ignored.
 * (Iteration order is insertion order, not CPython's hash order: see SetMethods for the planned layout.)
 */
public class PySet extends PyObject {
    public static final PyType TYPE = PyType.builtin("set", null, PyType.BASETYPE, t -> new Derived(t, false),
            org.krait.runtime.types.SetMethods::defineSet);
    public static final PyType FROZENSET_TYPE = PyType.builtin("frozenset", null, PyType.BASETYPE, null,
            org.krait.runtime.types.SetMethods::defineFrozenSet);

    public final PyDict table = new PyDict();
    public final boolean frozen;

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    @Override
    public PyType type() {
        return frozen ? FROZENSET_TYPE : TYPE;
    }

    public void add(ThreadState ts, PyObject key) {
        table.put(ts, key, PyNone.NONE);
    }

    public boolean contains(ThreadState ts, PyObject key) {
        return table.containsKey(ts, key);
    }

    public int size() {
        return table.size();
    }

    /** Instances of Python subclasses of set and frozenset. */
    public static final class Derived extends PySet {
        private final PyType type;
        private final PyDict dict = new PyDict();

        public Derived(PyType type, boolean frozen) {
            super(frozen);
            this.type = type;
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
