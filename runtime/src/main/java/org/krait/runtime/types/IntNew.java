package org.krait.runtime.types;

import java.math.BigInteger;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.numeric.FloatMath;
import org.krait.runtime.numeric.IntText;
import org.krait.runtime.numeric.NumericError;
import org.krait.runtime.object.PyBytes;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Calls;

/** {@code int(x=0)} and {@code int(x, base=10)}: long_new_impl and PyNumber_Long. */
final class IntNew {
    private IntNew() {
    }

    static PyObject newInt(ThreadState ts, PyObject[] a) {
        PyType cls = (PyType) a[0];
        PyInt v = convert(ts, a[1], a[2]);
        return cls == PyInt.TYPE ? v : new PyInt.Derived(cls, v);
    }

    private static PyInt convert(ThreadState ts, PyObject x, PyObject base) {
        if (x == null) {
            if (base != null) {
                throw Errors.typeError("int() missing string argument");
            }
            return PyInt.ZERO;
        }
        if (base == null) {
            return numberLong(ts, x);
        }
        // PyNumber_AsSsize_t(base, NULL) clamps huge values, which the range check then refuses
        PyInt bi = Abstract.index(ts, base);
        long b = bi.fitsLong() ? bi.value : bi.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        try {
            IntText.checkBase(b);
        } catch (NumericError e) {
            throw Errors.numeric(e);
        }
        if (x instanceof PyStr) {
            return parse(ts, ((PyStr) x).value(), (int) b);
        }
        if (x instanceof PyBytes || x instanceof org.krait.runtime.object.PyByteArray) {
            return parseBytes(ts, Buffers.bytesOrNull(x), (int) b);
        }
        throw Errors.typeError("int() can't convert non-string with explicit base");
    }

    /** PyNumber_Long: __int__, __index__, __trunc__, then the text of str and bytes-like objects. */
    static PyInt numberLong(ThreadState ts, PyObject x) {
        if (x.getClass() == PyInt.class) {
            return (PyInt) x;
        }
        if (x.getClass() == PyFloat.class) {
            return fromDouble(((PyFloat) x).value);
        }
        PyObject r = Calls.callSpecial(ts, x, "__int__");
        if (r != null) {
            if (!(r instanceof PyInt)) {
                throw Errors.typeError("__int__ returned non-int (type " + r.type().name() + ")");
            }
            return IntMethods.exact(r);
        }
        if (x.type().lookup("__index__") != null) {
            return IntMethods.exact(Abstract.index(ts, x));
        }
        r = Calls.callSpecial(ts, x, "__trunc__");
        if (r != null) {
            if (r instanceof PyInt) {
                return IntMethods.exact(r);
            }
            if (r.type().lookup("__index__") == null) {
                throw Errors.typeError("__trunc__ returned non-Integral (type " + r.type().name() + ")");
            }
            return IntMethods.exact(Abstract.index(ts, r));
        }
        if (x instanceof PyStr) {
            return parse(ts, ((PyStr) x).value(), 10);
        }
        byte[] buffer = Buffers.bytesOrNull(x); // bytes, bytearray, memoryview
        if (buffer != null) {
            return parseBytes(ts, buffer, 10);
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type().name() + "'");
    }

    /** int(float): truncation; ValueError for nan, OverflowError for infinities. */
    static PyInt fromDouble(double d) {
        if (Math.abs(d) < 0x1p63) {
            return PyInt.of((long) d);
        }
        try {
            return PyInt.of(FloatMath.toInteger(d));
        } catch (NumericError e) {
            throw Errors.numeric(e);
        }
    }

    /** int(text, base) with the interpreter's digit limit. */
    static PyInt parse(ThreadState ts, String text, int base) {
        try {
            return PyInt.of(IntText.parseInt(text, base, IntMethods.maxStrDigits(ts)));
        } catch (NumericError e) {
            throw Errors.numeric(e);
        }
    }

    /**
     * int(bytes, base): CPython parses the bytes as a C string (PyLong_FromString), so only ASCII
     * takes part; the error shows the repr of the first 200 bytes.
     */
    private static PyInt parseBytes(ThreadState ts, byte[] data, int base) {
        StringBuilder sb = new StringBuilder(data.length);
        for (byte x : data) {
            // NUL ends a C string and no other non-ASCII byte can be part of a number: both fail
            sb.append(x > 0 ? (char) x : '?');
        }
        try {
            BigInteger v = IntText.parseInt(sb.toString(), base, IntMethods.maxStrDigits(ts));
            return PyInt.of(v);
        } catch (NumericError e) {
            if (e.getMessage().startsWith("invalid literal")) {
                throw Errors.valueError("invalid literal for int() with base " + base + ": "
                        + org.krait.compiler.unicode.StringRepr.bytes(java.util.Arrays.copyOf(data,
                                Math.min(data.length, 200))));
            }
            throw Errors.numeric(e);
        }
    }
}
