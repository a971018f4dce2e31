package org.krait.runtime.object;

/** Python {@code bytes}: an immutable byte array; the empty bytes object is immortal. */
public class PyBytes extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytes", null, PyType.BASETYPE, null,
            org.krait.runtime.types.BytesMethods::define);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    public final byte[] value;

    protected PyBytes(byte[] value) {
        this.value = value;
    }

    /** bytes owning {@code b} (the caller must not modify it afterwards). */
    public static PyBytes of(byte[] b) {
        return b.length == 0 ? EMPTY : new PyBytes(b);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Instances of Python subclasses of bytes. */
    public static final class Derived extends PyBytes {
        private final PyType type;
        private PyDict dict;

        public Derived(PyType type, byte[] value) {
            super(value);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        /** The instance dict, unless the class's __slots__ leave it out. */
        @Override
        public PyDict instanceDict() {
            if (dict == null && type.hasInstanceDict()) {
                dict = new PyDict();
            }
            return dict;
        }
    }
}
