package org.krait.runtime.types;

import java.util.Arrays;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyByteArray;
import org.krait.runtime.object.PyBytes;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyIterator;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyMemoryView;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PySlice;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;

/**
 * {@code memoryview} over bytes and bytearray with format 'B' (Objects/memoryobject.c, the
 * one-dimensional unsigned-byte case): indexing, slicing (views of views), item and slice
 * assignment into a bytearray, tobytes/tolist/hex, release and the context manager, and
 * {@code cast('B')}/{@code cast('c')}. Other formats are not supported.
 */
public final class MemoryViewMethods {
    private static final PyType ITERATOR = PyIterator.iteratorType("memory_iterator");

    private MemoryViewMethods() {
    }

    /** The view, after CPython's check that it has not been released. */
    private static PyMemoryView m(PyObject o) {
        PyMemoryView m = (PyMemoryView) o;
        checkReleased(m);
        return m;
    }

    static void checkReleased(PyMemoryView m) {
        if (m.released) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
        if (!inBounds(m)) {
            // CPython refuses to shrink a bytearray that has views; Krait cannot tell live views
            // from dead ones (ADR 0005), so the view notices instead
            throw Errors.raise(ExceptionTypes.BUFFER_ERROR, "memoryview: underlying bytearray was resized");
        }
    }

    /** {@code memoryview(object)}. */
    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView) {
            PyMemoryView base = m(o);
            return new PyMemoryView(base.obj, base.start, base.step, base.length, base.format);
        }
        if (o instanceof PyBytes) {
            return new PyMemoryView(o, 0, 1, ((PyBytes) o).value.length, 'B');
        }
        if (o instanceof PyByteArray) {
            return new PyMemoryView(o, 0, 1, ((PyByteArray) o).size, 'B');
        }
        throw Errors.typeError("memoryview: a bytes-like object is required, not '" + o.type().name() + "'");
    }

    public static void define(TypeBuilder b) {
        b.staticMethod("__new__(*args, **kwargs)", (ts, a) -> {
            PyObject[] p = ConstructorArgs.newArgs(PyMemoryView.TYPE, new String[] {"object"}, a);
            if (p[1] == null) {
                throw Errors.typeError("memoryview() missing required argument 'object' (pos 1)");
            }
            return of(p[1]);
        });
        b.method("__len__($self, /)", (ts, a) -> PyInt.of(m(a[0]).length));
        b.method("__getitem__($self, key, /)", (ts, a) -> getitem(ts, m(a[0]), a[1]));
        b.method("__setitem__($self, key, value, /)", (ts, a) -> {
            setitem(ts, m(a[0]), a[1], a[2]);
            return PyNone.NONE;
        });
        b.method("__delitem__($self, key, /)", (ts, a) -> {
            throw Errors.typeError(m(a[0]).readonly() ? "cannot modify read-only memory" : "cannot delete memory");
        });
        b.method("__iter__($self, /)", (ts, a) -> iterator(m(a[0])));
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of((((PyMemoryView) a[0]).released ? "<released memory at 0x"
                : "<memory at ") + ObjectMethods.address(ts, a[0]) + ">"));
        b.method("__hash__($self, /)", (ts, a) -> {
            PyMemoryView m = m(a[0]);
            if (!m.readonly()) {
                throw Errors.valueError("cannot hash writable memoryview object");
            }
            return PyInt.of(BytesMethods.hash(m.toArray()));
        });
        b.method("__eq__($self, value, /)", (ts, a) -> equal(a[0], a[1]));
        b.method("__ne__($self, value, /)", (ts, a) -> {
            PyObject eq = equal(a[0], a[1]);
            return eq == PyNotImplemented.NOT_IMPLEMENTED ? eq : PyBool.of(eq != PyBool.TRUE);
        });
        b.method("__enter__($self, /)", (ts, a) -> m(a[0]));
        b.method("__exit__($self, /, *exc_info)", (ts, a) -> {
            ((PyMemoryView) a[0]).released = true;
            return PyNone.NONE;
        });
        b.method("release($self, /)", (ts, a) -> {
            ((PyMemoryView) a[0]).released = true;
            return PyNone.NONE;
        });
        b.method("tobytes($self, /, order='C')", (ts, a) -> {
            PyMemoryView m = m(a[0]);
            if (a[1] != PyNone.NONE) {
                String order = StrMethods.arg(a[1], "tobytes() argument 'order'");
                if (!order.equals("C") && !order.equals("F") && !order.equals("A")) {
                    throw Errors.valueError("order must be 'C', 'F' or 'A'");
                }
            }
            return PyBytes.of(m.toArray());
        });
        b.method("tolist($self, /)", (ts, a) -> {
            PyMemoryView m = m(a[0]);
            byte[] v = m.toArray();
            PyObject[] items = new PyObject[v.length];
            for (int i = 0; i < v.length; i++) {
                items[i] = item(m, v[i]);
            }
            return new PyList(items);
        });
        b.method("hex($self, /, sep=?, bytes_per_sep=1)", StrMethods.guarded((ts, a) -> PyStr.of(
                BytesTextMethods.hex(ts, m(a[0]).toArray(), a[1], a[2]))));
        b.method("toreadonly($self, /)", (ts, a) -> {
            PyMemoryView m = m(a[0]);
            PyMemoryView r = new PyMemoryView(m.obj, m.start, m.step, m.length, m.format);
            r.forceReadonly = true;
            return r;
        });
        b.method("cast($self, /, format, shape=?)", (ts, a) -> cast(m(a[0]), a[1], a[2]));
        b.getter("obj", o -> m(o).obj);
        b.getter("nbytes", o -> PyInt.of(m(o).length));
        b.getter("readonly", o -> PyBool.of(m(o).readonly()));
        b.getter("itemsize", o -> PyInt.of(m(o).length >= 0 ? 1 : 0));
        b.getter("format", o -> PyStr.of(m(o).formatText));
        b.getter("ndim", o -> PyInt.of(m(o).length >= 0 ? 1 : 0));
        b.getter("shape", o -> PyTuple.of(PyInt.of(m(o).length)));
        b.getter("strides", o -> PyTuple.of(PyInt.of(m(o).step)));
        b.getter("suboffsets", o -> m(o) == null ? PyNone.NONE : PyTuple.EMPTY);
        b.getter("c_contiguous", o -> PyBool.of(contiguous(m(o))));
        b.getter("f_contiguous", o -> PyBool.of(contiguous(m(o))));
        b.getter("contiguous", o -> PyBool.of(contiguous(m(o))));
    }

    private static boolean contiguous(PyMemoryView m) {
        return m.step == 1 || m.length <= 1;
    }

    /** An item as Python sees it: an int for 'B', a 1-byte bytes object for 'c'. */
    private static PyObject item(PyMemoryView m, byte v) {
        return m.format == 'c' ? PyBytes.of(new byte[] {v}) : PyInt.of(v & 0xFF);
    }

    private static PyObject getitem(ThreadState ts, PyMemoryView m, PyObject key) {
        if (key instanceof PySlice) {
            SliceMethods.Bounds r = SliceMethods.bounds(ts, (PySlice) key, m.length);
            PyMemoryView v = new PyMemoryView(m.obj, m.start + r.start * m.step, m.step * r.step, r.length, m.format);
            v.forceReadonly = m.forceReadonly;
            v.formatText = m.formatText;
            return v;
        }
        if (key == PyTuple.EMPTY) {
            throw Errors.raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "sub-views are not implemented");
        }
        int i = index(ts, m, key);
        return item(m, m.storage()[m.start + i * m.step]);
    }

    private static int index(ThreadState ts, PyMemoryView m, PyObject key) {
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw Errors.typeError("memoryview: invalid slice key");
        }
        long i = Sequences.asSsize(ts, key, ExceptionTypes.INDEX_ERROR);
        if (i < 0) {
            i += m.length;
        }
        if (i < 0 || i >= m.length) {
            throw Errors.indexError("index out of bounds on dimension 1");
        }
        return (int) i;
    }

    /** False when a bytearray shrank under the view (CPython forbids that while views exist). */
    private static boolean inBounds(PyMemoryView m) {
        if (m.length == 0) {
            return true;
        }
        int size = m.obj instanceof PyByteArray ? ((PyByteArray) m.obj).size : ((PyBytes) m.obj).value.length;
        int last = m.start + (m.length - 1) * m.step;
        return Math.max(m.start, last) < size && Math.min(m.start, last) >= 0;
    }

    private static void setitem(ThreadState ts, PyMemoryView m, PyObject key, PyObject value) {
        if (m.readonly()) {
            throw Errors.typeError("cannot modify read-only memory");
        }
        byte[] storage = m.storage();
        if (key instanceof PySlice) {
            SliceMethods.Bounds r = SliceMethods.bounds(ts, (PySlice) key, m.length);
            byte[] src = Buffers.bytesLike(value);
            if (src.length != r.length) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int i = 0, j = m.start + r.start * m.step; i < r.length; i++, j += m.step * r.step) {
                storage[j] = src[i];
            }
            return;
        }
        if (key == PyTuple.EMPTY) {
            throw Errors.raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "sub-views are not implemented");
        }
        int i = index(ts, m, key);
        if (m.format == 'c') {
            if (!(value instanceof PyBytes)) {
                throw Errors.typeError("memoryview: invalid type for format 'c'");
            }
            byte[] one = ((PyBytes) value).value;
            if (one.length != 1) {
                throw Errors.valueError("memoryview: invalid value for format 'c'");
            }
            storage[m.start + i * m.step] = one[0];
            return;
        }
        if (!(value instanceof PyInt) && value.type().lookup("__index__") == null) {
            throw Errors.typeError("memoryview: invalid type for format 'B'");
        }
        long v = Sequences.asSsize(ts, value, null);
        if (v < 0 || v > 255) {
            throw Errors.valueError("memoryview: invalid value for format 'B'");
        }
        storage[m.start + i * m.step] = (byte) v;
    }

    private static PyObject iterator(PyMemoryView m) {
        return new PyIterator(ITERATOR) {
            private int pos;

            @Override
            public PyObject next(ThreadState ts) {
                checkReleased(m);
                if (pos >= m.length) {
                    return null;
                }
                return item(m, m.storage()[m.start + m.step * pos++]);
            }
        };
    }

    /** memory_richcompare for == (format 'B'): equal to any bytes-like object with the same bytes. */
    private static PyObject equal(PyObject self, PyObject other) {
        PyMemoryView m = (PyMemoryView) self;
        if (self == other) {
            return PyBool.TRUE;
        }
        if (m.released || other instanceof PyMemoryView && ((PyMemoryView) other).released) {
            return PyBool.FALSE;
        }
        byte[] o = Buffers.bytesOrNull(other);
        if (o == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(Arrays.equals(m.toArray(), o));
    }

    private static PyObject cast(PyMemoryView m, PyObject format, PyObject shape) {
        String f = StrMethods.arg(format, "memoryview: format argument");
        if (!contiguous(m)) {
            throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        if (shape != null) {
            throw Errors.raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "memoryview: cast with a shape is not supported");
        }
        String code = f.startsWith("@") ? f.substring(1) : f;
        if (!code.equals("B") && !code.equals("c")) {
            throw Errors.raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "memoryview: cast to format '" + f
                    + "' is not supported");
        }
        PyMemoryView r = new PyMemoryView(m.obj, m.start, 1, m.length, code.charAt(0));
        r.forceReadonly = m.forceReadonly;
        r.formatText = f;
        return r;
    }
}
