package org.krait.runtime.object;

import org.krait.runtime.types.FloatMethods;

/** Python {@code float}: an IEEE double. */
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", null, PyType.BASETYPE, null, FloatMethods::define);

    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Instances of Python subclasses of float. */
    public static final class Derived extends PyFloat {
        private final PyType type;
        private final PyDict dict = new PyDict();

        public Derived(PyType type, double v) {
            super(v);
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
