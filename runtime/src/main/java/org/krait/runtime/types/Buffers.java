package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.object.PyByteArray;
import org.krait.runtime.object.PyBytes;
import org.krait.runtime.object.PyMemoryView;
import org.krait.runtime.object.PyObject;

/**
 * The buffer protocol as far as the core types need it: bytes, bytearray and memoryview export
 * their bytes (PyObject_GetBuffer with a simple, contiguous request).
 */
public final class Buffers {
    private Buffers() {
    }

    /**
     * The bytes of a bytes-like object, or null when {@code o} does not support the buffer
     * protocol. The array of a bytes object is returned as it is: callers must not modify it.
     */
    public static byte[] bytesOrNull(PyObject o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).value;
        }
        if (o instanceof PyByteArray) {
            return ((PyByteArray) o).toArray();
        }
        if (o instanceof PyMemoryView) {
            PyMemoryView m = (PyMemoryView) o;
            MemoryViewMethods.checkReleased(m);
            return m.toArray();
        }
        return null;
    }

    /** Whether {@code o} supports the buffer protocol. */
    public static boolean isBytesLike(PyObject o) {
        return o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView;
    }

    /** The bytes of a bytes-like object, else "a bytes-like object is required, not 'str'". */
    public static byte[] bytesLike(PyObject o) {
        byte[] b = bytesOrNull(o);
        if (b == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
        }
        return b;
    }
}
