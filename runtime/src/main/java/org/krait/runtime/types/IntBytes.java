package org.krait.runtime.types;

import java.io.ByteArrayOutputStream;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.numeric.IntMath;
import org.krait.runtime.numeric.NumericError;
import org.krait.runtime.object.PyBytes;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.ops.Iteration;

/** {@code int.to_bytes} and {@code int.from_bytes} (Objects/longobject.c). */
final class IntBytes {
    private IntBytes() {
    }

    /** to_bytes($self, /, length=1, byteorder='big', *, signed=False). */
    static PyObject toBytes(ThreadState ts, PyObject[] a) {
        PyInt length = Abstract.index(ts, a[1]);
        if (!length.fitsLong()) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        String order = byteorder("to_bytes", a[2]);
        try {
            return PyBytes.of(IntMath.toBytes(((PyInt) a[0]).toBig(), length.value, order, Abstract.isTrue(ts, a[3])));
        } catch (NumericError e) {
            throw Errors.numeric(e);
        } catch (OutOfMemoryError e) {
            throw Errors.memoryError();
        }
    }

    /** from_bytes($type, /, bytes, byteorder='big', *, signed=False); a subclass gets cls(value). */
    static PyObject fromBytes(ThreadState ts, PyObject[] a) {
        PyType cls = (PyType) a[0];
        byte[] data = asBytes(ts, a[1]);
        String order = byteorder("from_bytes", a[2]);
        PyInt v;
        try {
            v = PyInt.of(IntMath.fromBytes(data, order, Abstract.isTrue(ts, a[3])));
        } catch (NumericError e) {
            throw Errors.numeric(e);
        }
        return cls == PyInt.TYPE ? v : Calls.call(ts, cls, v);
    }

    private static String byteorder(String function, PyObject o) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError(function + "() argument 'byteorder' must be str, not " + o.type().name());
        }
        return ((PyStr) o).value();
    }

    /** PyObject_Bytes as from_bytes uses it: bytes, __bytes__, or an iterable of ints in range(256). */
    private static byte[] asBytes(ThreadState ts, PyObject o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).value;
        }
        PyObject r = Calls.callSpecial(ts, o, "__bytes__");
        if (r != null) {
            if (!(r instanceof PyBytes)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name() + ")");
            }
            return ((PyBytes) r).value;
        }
        PyObject it = null;
        if (!(o instanceof PyStr)) {
            try {
                it = Iteration.iter(ts, o);
            } catch (PyException e) {
                if (!e.value.matches(ExceptionTypes.TYPE_ERROR)) {
                    throw e;
                }
            }
        }
        if (it == null) {
            throw Errors.typeError("cannot convert '" + o.type().name() + "' object to bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
            PyInt i = Abstract.index(ts, x);
            if (!i.fitsLong() || i.value < 0 || i.value > 255) {
                throw Errors.valueError("bytes must be in range(0, 256)");
            }
            out.write((int) i.value);
        }
        return out.toByteArray();
    }
}
