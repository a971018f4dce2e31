package org.krait.runtime.object;

/** Python {@code complex}: a pair of doubles. */
public class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", null, PyType.BASETYPE, null,
            org.krait.runtime.types.ComplexMethods::define);

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Instances of Python subclasses of complex. */
    public static final class Derived extends PyComplex {
        private final PyType type;
        private final PyDict dict = new PyDict();

        public Derived(PyType type, double real, double imag) {
            super(real, imag);
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
