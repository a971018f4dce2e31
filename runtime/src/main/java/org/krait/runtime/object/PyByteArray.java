package org.krait.runtime.object;

import java.util.Arrays;

/**
 * Python {@code bytearray}: a mutable byte sequence, {@code value[0:size]} with spare capacity
 * after it so that appending is amortised O(1) (Objects/bytearrayobject.c).
 */
public class PyByteArray extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytearray", null, PyType.BASETYPE, Derived::new,
            org.krait.runtime.types.ByteArrayMethods::define);
    private static final byte[] NONE = new byte[0];

    public byte[] value;
    public int size;

    public PyByteArray() {
        this.value = NONE;
    }

    /** A bytearray owning {@code b} (the caller must not modify it afterwards). */
    public PyByteArray(byte[] b) {
        this.value = b;
        this.size = b.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A copy of the contents, exactly {@code size} long. */
    public byte[] toArray() {
        return Arrays.copyOf(value, size);
    }

    /** Replaces the contents with {@code b}, which this bytearray then owns. */
    public void set(byte[] b) {
        value = b;
        size = b.length;
    }

    /** Makes room for at least {@code n} bytes, growing by half as list_resize does. */
    public void ensureCapacity(int n) {
        if (n > value.length) {
            long grown = Math.max(n, (long) value.length + (value.length >> 1) + 8);
            value = Arrays.copyOf(value, (int) Math.min(grown, Integer.MAX_VALUE - 8));
        }
    }

    public void append(byte b) {
        ensureCapacity(size + 1);
        value[size++] = b;
    }

    public void append(byte[] b, int from, int to) {
        ensureCapacity(size + (to - from));
        System.arraycopy(b, from, value, size, to - from);
        size += to - from;
    }

    /** Instances of Python subclasses of bytearray. */
    public static final class Derived extends PyByteArray {
        private final PyType type;
        private PyDict dict;

        public Derived(PyType type) {
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
