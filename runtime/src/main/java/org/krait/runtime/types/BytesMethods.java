package org.krait.runtime.types;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyByteArray;
import org.krait.runtime.object.PyBytes;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyIterator;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PySlice;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.ops.Iteration;
import org.krait.runtime.text.BytesOps;

/**
 * The special methods and constructor of {@code bytes} (Objects/bytesobject.c); the named methods
 * it shares with bytearray are in {@link BytesTextMethods}.
 */
public final class BytesMethods {
    private static final PyType ITERATOR = PyIterator.iteratorType("bytes_iterator");
    private static final String[] NEW_PARAMS = {"source", "encoding", "errors"};

    private BytesMethods() {
    }

    private static byte[] v(PyObject o) {
        return ((PyBytes) o).value;
    }

    public static void define(TypeBuilder b) {
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(BytesOps.repr(v(a[0]), false)));
        b.method("__str__($self, /)", (ts, a) -> PyStr.of(BytesOps.repr(v(a[0]), false)));
        b.method("__hash__($self, /)", (ts, a) -> PyInt.of(hash(v(a[0]))));
        b.method("__len__($self, /)", (ts, a) -> PyInt.of(v(a[0]).length));
        b.method("__getitem__($self, key, /)", (ts, a) -> getitem(ts, (PyBytes) a[0], a[1]));
        b.method("__iter__($self, /)", (ts, a) -> iterator(ITERATOR, a[0]));
        b.method("__contains__($self, key, /)", StrMethods.guarded((ts, a) -> PyBool.of(contains(ts, v(a[0]),
                a[1]))));
        b.method("__add__($self, value, /)", (ts, a) -> {
            return PyBytes.of(concat(v(a[0]), concatArg(a[0], a[1])));
        });
        b.method("__mul__($self, value, /)", (ts, a) -> repeat(ts, a[0], a[1]));
        b.method("__rmul__($self, value, /)", (ts, a) -> repeat(ts, a[0], a[1]));
        b.method("__mod__($self, value, /)", StrMethods.guarded((ts, a) -> PyBytes.of(PercentFormatter.formatBytes(ts,
                v(a[0]), a[1]))));
        b.method("__rmod__($self, value, /)", StrMethods.guarded((ts, a) -> a[1] instanceof PyBytes
                ? PyBytes.of(PercentFormatter.formatBytes(ts, v(a[1]), a[0])) : PyNotImplemented.NOT_IMPLEMENTED));
        String[] cmps = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmps.length; i++) {
            int op = i;
            b.method(cmps[i] + "($self, value, /)", (ts, a) -> !(a[1] instanceof PyBytes)
                    ? PyNotImplemented.NOT_IMPLEMENTED
                    : PyBool.of(Abstract.compareResult(Arrays.compareUnsigned(v(a[0]), v(a[1])), op)));
        }
        b.method("__getnewargs__($self, /)", (ts, a) -> PyTuple.of(PyBytes.of(v(a[0]))));
        b.method("__bytes__($self, /)", (ts, a) -> a[0].getClass() == PyBytes.class ? a[0] : PyBytes.of(v(a[0])));
        b.method("__sizeof__($self, /)", (ts, a) -> PyInt.of(33 + v(a[0]).length));
        b.staticMethod("__new__(*args, **kwargs)", StrMethods.guarded(BytesMethods::newBytes));
        BytesTextMethods.define(b, false);
    }

    /** bytes hash: that of the Latin-1 str of the same bytes, as in CPython (both hash the raw data). */
    static long hash(byte[] b) {
        return PyStr.hashOf(new String(b, StandardCharsets.ISO_8859_1));
    }

    static byte[] concat(byte[] x, byte[] y) {
        if ((long) x.length + y.length > Integer.MAX_VALUE - 8) {
            throw Errors.raise(ExceptionTypes.MEMORY_ERROR, "");
        }
        byte[] r = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return r;
    }

    /** The other operand of bytes/bytearray concatenation: "can't concat str to bytes". */
    static byte[] concatArg(PyObject self, PyObject other) {
        byte[] b = Buffers.bytesOrNull(other);
        if (b == null) {
            throw Errors.typeError("can't concat " + other.type().name() + " to " + self.type().name());
        }
        return b;
    }

    /** The bytes of {@code b * n} (sq_repeat; the count goes through __index__). */
    static byte[] repeatBytes(ThreadState ts, byte[] b, PyObject count) {
        long n = Sequences.repeatCount(ts, count);
        if (n <= 0 || b.length == 0) {
            return new byte[0];
        }
        if (b.length * n > Integer.MAX_VALUE - 8) {
            throw Errors.raise(ExceptionTypes.MEMORY_ERROR, "");
        }
        byte[] r = new byte[(int) (b.length * n)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(b, 0, r, i * b.length, b.length);
        }
        return r;
    }

    private static PyObject repeat(ThreadState ts, PyObject self, PyObject count) {
        byte[] r = repeatBytes(ts, v(self), count);
        if (r.length == v(self).length && self.getClass() == PyBytes.class) {
            return self;
        }
        return PyBytes.of(r);
    }

    /** _Py_bytes_contains: an int in range(256), else a bytes-like object. */
    static boolean contains(ThreadState ts, byte[] b, PyObject x) {
        if (x instanceof PyInt || x.type().lookup("__index__") != null) {
            byte c = BytesOps.byteValue(Sequences.asSsize(ts, x, null))[0];
            for (byte y : b) {
                if (y == c) {
                    return true;
                }
            }
            return false;
        }
        return BytesOps.find(b, Buffers.bytesLike(x), 0, Long.MAX_VALUE) >= 0;
    }

    private static PyObject getitem(ThreadState ts, PyBytes self, PyObject key) {
        byte[] b = self.value;
        if (key instanceof PySlice) {
            SliceMethods.Bounds r = SliceMethods.bounds(ts, (PySlice) key, b.length);
            if (r.step == 1 && r.length == b.length && self.getClass() == PyBytes.class) {
                return self;
            }
            return PyBytes.of(slice(b, r));
        }
        return PyInt.of(item(ts, b, key, "index out of range", "byte indices") & 0xFF);
    }

    static byte[] slice(byte[] b, SliceMethods.Bounds r) {
        if (r.step == 1) {
            return Arrays.copyOfRange(b, r.start, r.start + r.length);
        }
        byte[] out = new byte[r.length];
        for (int i = 0, j = r.start; i < r.length; i++, j += r.step) {
            out[i] = b[j];
        }
        return out;
    }

    /** b[i] for an index-like key: the checks and texts of bytes and bytearray subscripts. */
    static byte item(ThreadState ts, byte[] b, PyObject key, String outOfRange, String indicesName) {
        return b[index(ts, b.length, key, outOfRange, indicesName)];
    }

    static int index(ThreadState ts, int len, PyObject key, String outOfRange, String indicesName) {
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw Errors.typeError(indicesName + " must be integers or slices, not " + key.type().name());
        }
        long i = Sequences.asSsize(ts, key, ExceptionTypes.INDEX_ERROR);
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw Errors.indexError(outOfRange);
        }
        return (int) i;
    }

    /** The iterator of a bytes or bytearray: reads the live object, so bytearray changes show. */
    static PyObject iterator(PyType type, PyObject self) {
        return new PyIterator(type) {
            private int pos;

            @Override
            public PyObject next(ThreadState ts) {
                byte[] b;
                int n;
                if (self instanceof PyByteArray) {
                    b = ((PyByteArray) self).value;
                    n = ((PyByteArray) self).size;
                } else {
                    b = ((PyBytes) self).value;
                    n = b.length;
                }
                return pos < n ? PyInt.of(b[pos++] & 0xFF) : null;
            }
        };
    }

    /** bytes(source=b'', encoding='utf-8', errors='strict') (bytes_new_impl). */
    private static PyObject newBytes(ThreadState ts, PyObject[] a) {
        PyObject[] p = ConstructorArgs.newArgs(PyBytes.TYPE, NEW_PARAMS, a);
        PyType cls = (PyType) p[0];
        String encoding = p[2] == null ? null : StrMethods.arg(p[2], "bytes() argument 'encoding'");
        String errors = p[3] == null ? null : StrMethods.arg(p[3], "bytes() argument 'errors'");
        PyObject x = p[1];
        byte[] r;
        if (x == null) {
            if (encoding != null || errors != null) {
                throw Errors.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            r = new byte[0];
        } else if (encoding != null) {
            if (!(x instanceof PyStr)) {
                throw Errors.typeError("encoding without a string argument");
            }
            r = CodecLookup.encode(((PyStr) x).value(), encoding, errors == null ? "strict" : errors);
        } else if (errors != null) {
            throw Errors.typeError(x instanceof PyStr ? "string argument without an encoding"
                    : "errors without a string argument");
        } else {
            PyObject f = Attributes.lookupSpecial(ts, x, "__bytes__");
            if (f != null) {
                PyObject r0 = Calls.call(ts, f);
                if (!(r0 instanceof PyBytes)) {
                    throw Errors.typeError("__bytes__ returned non-bytes (type " + r0.type().name() + ")");
                }
                if (cls == PyBytes.TYPE) {
                    return r0;
                }
                r = v(r0);
            } else if (x instanceof PyStr) {
                throw Errors.typeError("string argument without an encoding");
            } else if (x instanceof PyInt || x.type().lookup("__index__") != null) {
                r = zeros(Sequences.asSsize(ts, x, ExceptionTypes.OVERFLOW_ERROR));
            } else {
                if (x.getClass() == PyBytes.class && cls == PyBytes.TYPE) {
                    return x;
                }
                r = fromObject(ts, x, "bytes");
            }
        }
        return cls == PyBytes.TYPE ? PyBytes.of(r) : new PyBytes.Derived(cls, r);
    }

    static byte[] zeros(long n) {
        if (n < 0) {
            throw Errors.valueError("negative count");
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw Errors.raise(ExceptionTypes.MEMORY_ERROR, "");
        }
        return new byte[(int) n];
    }

    /**
     * PyBytes_FromObject / bytearray's fill from an object: a buffer, else an iterable of ints
     * in range(256); {@code typeName} is "bytes" or "bytearray" for the texts
     * ("bytes must be in range(0, 256)", "cannot convert 'float' object to bytearray").
     */
    static byte[] fromObject(ThreadState ts, PyObject x, String typeName) {
        byte[] b = Buffers.bytesOrNull(x);
        if (b != null) {
            return x instanceof PyBytes ? b.clone() : b; // a bytes object's own array is shared
        }
        PyObject[] items;
        if (x instanceof PyList) {
            items = ((PyList) x).toArray();
        } else if (x instanceof PyTuple) {
            items = ((PyTuple) x).items;
        } else {
            PyObject it = null;
            if (!(x instanceof PyStr)) {
                try {
                    it = Iteration.iter(ts, x);
                } catch (PyException e) {
                    if (!e.value.matches(ExceptionTypes.TYPE_ERROR)) {
                        throw e;
                    }
                }
            }
            if (it == null) {
                throw Errors.typeError("cannot convert '" + x.type().name() + "' object to " + typeName);
            }
            PyByteArray out = new PyByteArray();
            for (PyObject item = Iteration.next(ts, it); item != null; item = Iteration.next(ts, it)) {
                out.append(byteOf(ts, item, typeName));
            }
            return out.toArray();
        }
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = byteOf(ts, items[i], typeName);
        }
        return out;
    }

    /** One item of an iterable of ints: "bytes must be in range(0, 256)" (bytearray says "byte"). */
    static byte byteOf(ThreadState ts, PyObject item, String typeName) {
        long v = Sequences.asSsize(ts, item, null);
        if (v < 0 || v > 255) {
            throw Errors.valueError((typeName.equals("bytes") ? "bytes" : "byte") + " must be in range(0, 256)");
        }
        return (byte) v;
    }
}
