package org.krait.runtime.types;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyByteArray;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyIterator;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PySlice;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Iteration;
import org.krait.runtime.text.BytesOps;

/**
 * The special methods and the mutating methods of {@code bytearray}
 * (Objects/bytearrayobject.c); the methods it shares with bytes are in {@link BytesTextMethods}.
 */
public final class ByteArrayMethods {
    private static final PyType ITERATOR = PyIterator.iteratorType("bytearray_iterator");
    private static final String[] INIT_PARAMS = {"source", "encoding", "errors"};

    private ByteArrayMethods() {
    }

    private static PyByteArray ba(PyObject o) {
        return (PyByteArray) o;
    }

    public static void define(TypeBuilder b) {
        b.staticMethod("__new__(*args, **kwargs)", (ts, a) -> {
            PyTuple args = (PyTuple) a[0];
            if (args.size() == 0) {
                throw Errors.typeError("bytearray.__new__(): not enough arguments");
            }
            // PyType_GenericNew: any arguments are for __init__
            PyType cls = ConstructorArgs.newType(PyByteArray.TYPE, args.get(0));
            return cls == PyByteArray.TYPE ? new PyByteArray() : new PyByteArray.Derived(cls);
        });
        b.method("__init__($self, /, *args, **kwargs)", StrMethods.guarded((ts, a) -> {
            PyObject[] p = ConstructorArgs.unpack("bytearray", INIT_PARAMS, (PyTuple) a[1], (PyDict) a[2]);
            init(ts, ba(a[0]), p[0], p[1] == null ? null : StrMethods.arg(p[1], "bytearray() argument 'encoding'"),
                    p[2] == null ? null : StrMethods.arg(p[2], "bytearray() argument 'errors'"));
            return PyNone.NONE;
        }));
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(BytesOps.repr(ba(a[0]).toArray(), a[0].type().name())));
        b.method("__str__($self, /)", (ts, a) -> PyStr.of(BytesOps.repr(ba(a[0]).toArray(), a[0].type().name())));
        b.attr("__hash__", PyNone.NONE);
        b.method("__len__($self, /)", (ts, a) -> PyInt.of(ba(a[0]).size));
        b.method("__getitem__($self, key, /)", (ts, a) -> getitem(ts, ba(a[0]), a[1]));
        b.method("__setitem__($self, key, value, /)", StrMethods.guarded((ts, a) -> {
            setitem(ts, ba(a[0]), a[1], a[2]);
            return PyNone.NONE;
        }));
        b.method("__delitem__($self, key, /)", (ts, a) -> {
            setitem(ts, ba(a[0]), a[1], null);
            return PyNone.NONE;
        });
        b.method("__iter__($self, /)", (ts, a) -> BytesMethods.iterator(ITERATOR, a[0]));
        b.method("__contains__($self, key, /)", StrMethods.guarded((ts, a) -> PyBool.of(BytesMethods.contains(ts,
                ba(a[0]).toArray(), a[1]))));
        b.method("__add__($self, value, /)", (ts, a) -> {
            return new PyByteArray(BytesMethods.concat(ba(a[0]).toArray(), BytesMethods.concatArg(a[0], a[1])));
        });
        b.method("__iadd__($self, value, /)", (ts, a) -> {
            byte[] other = BytesMethods.concatArg(a[0], a[1]);
            ba(a[0]).append(other, 0, other.length);
            return a[0];
        });
        b.method("__mul__($self, value, /)", (ts, a) -> repeat(ts, a[0], a[1]));
        b.method("__rmul__($self, value, /)", (ts, a) -> repeat(ts, a[0], a[1]));
        b.method("__imul__($self, value, /)", (ts, a) -> {
            ba(a[0]).set(BytesMethods.repeatBytes(ts, ba(a[0]).toArray(), a[1]));
            return a[0];
        });
        b.method("__mod__($self, value, /)", StrMethods.guarded((ts, a) -> new PyByteArray(
                PercentFormatter.formatBytes(ts, ba(a[0]).toArray(), a[1]))));
        b.method("__rmod__($self, value, /)", StrMethods.guarded((ts, a) -> a[1] instanceof PyByteArray
                ? new PyByteArray(PercentFormatter.formatBytes(ts, ba(a[1]).toArray(), a[0]))
                : PyNotImplemented.NOT_IMPLEMENTED));
        String[] cmps = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmps.length; i++) {
            int op = i;
            b.method(cmps[i] + "($self, value, /)", (ts, a) -> {
                byte[] other = Buffers.bytesOrNull(a[1]);
                if (other == null) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                return PyBool.of(Abstract.compareResult(Arrays.compareUnsigned(ba(a[0]).toArray(), other), op));
            });
        }
        b.method("__alloc__($self, /)", (ts, a) -> PyInt.of(ba(a[0]).size == 0 ? 0 : ba(a[0]).value.length + 1));
        b.method("__sizeof__($self, /)", (ts, a) -> PyInt.of(56 + (ba(a[0]).size == 0 ? 0 : ba(a[0]).value.length
                + 1)));
        b.method("__reduce__($self, /)", (ts, a) -> {
            PyDict d = a[0].instanceDict();
            return PyTuple.of(a[0].type(), PyTuple.of(PyStr.of(new String(ba(a[0]).toArray(),
                    StandardCharsets.ISO_8859_1)), PyStr.of("latin-1")), d == null || d.size() == 0 ? PyNone.NONE : d);
        });
        defineMutators(b);
        BytesTextMethods.define(b, true);
    }

    private static void defineMutators(TypeBuilder b) {
        b.method("append($self, item, /)", StrMethods.guarded((ts, a) -> {
            ba(a[0]).append(byteValue(ts, a[1]));
            return PyNone.NONE;
        }));
        b.method("extend($self, iterable_of_ints, /)", StrMethods.guarded((ts, a) -> {
            extend(ts, ba(a[0]), a[1]);
            return PyNone.NONE;
        }));
        b.method("insert($self, index, item, /)", StrMethods.guarded((ts, a) -> {
            PyByteArray self = ba(a[0]);
            long i = StrTextMethods.ssize(ts, a[1]);
            byte v = byteValue(ts, a[2]);
            if (i < 0) {
                i = Math.max(0, i + self.size);
            }
            i = Math.min(i, self.size);
            self.ensureCapacity(self.size + 1);
            System.arraycopy(self.value, (int) i, self.value, (int) i + 1, self.size - (int) i);
            self.value[(int) i] = v;
            self.size++;
            return PyNone.NONE;
        }));
        b.method("pop($self, index=-1, /)", (ts, a) -> {
            PyByteArray self = ba(a[0]);
            long i = StrTextMethods.ssize(ts, a[1]);
            if (self.size == 0) {
                throw Errors.indexError("pop from empty bytearray");
            }
            if (i < 0) {
                i += self.size;
            }
            if (i < 0 || i >= self.size) {
                throw Errors.indexError("pop index out of range");
            }
            int v = self.value[(int) i] & 0xFF;
            removeRange(self, (int) i, (int) i + 1);
            return PyInt.of(v);
        });
        b.method("remove($self, value, /)", StrMethods.guarded((ts, a) -> {
            PyByteArray self = ba(a[0]);
            byte v = byteValue(ts, a[1]);
            for (int i = 0; i < self.size; i++) {
                if (self.value[i] == v) {
                    removeRange(self, i, i + 1);
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("value not found in bytearray");
        }));
        b.method("reverse($self, /)", (ts, a) -> {
            PyByteArray self = ba(a[0]);
            for (int i = 0, j = self.size - 1; i < j; i++, j--) {
                byte t = self.value[i];
                self.value[i] = self.value[j];
                self.value[j] = t;
            }
            return PyNone.NONE;
        });
        b.method("clear($self, /)", (ts, a) -> {
            ba(a[0]).set(new byte[0]);
            return PyNone.NONE;
        });
        b.method("copy($self, /)", (ts, a) -> new PyByteArray(ba(a[0]).toArray()));
    }

    /** bytearray.__init__ (bytearray___init___impl). */
    static void init(ThreadState ts, PyByteArray self, PyObject x, String encoding, String errors) {
        self.set(new byte[0]);
        if (x == null) {
            if (encoding != null || errors != null) {
                throw Errors.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return;
        }
        if (x instanceof PyStr) {
            if (encoding == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            self.set(CodecLookup.encode(((PyStr) x).value(), encoding, errors == null ? "strict" : errors));
            return;
        }
        if (encoding != null || errors != null) {
            throw Errors.typeError(encoding != null ? "encoding without a string argument"
                    : "errors without a string argument");
        }
        if (x instanceof PyInt || x.type().lookup("__index__") != null) {
            self.set(BytesMethods.zeros(Sequences.asSsize(ts, x, ExceptionTypes.OVERFLOW_ERROR)));
            return;
        }
        self.set(BytesMethods.fromObject(ts, x, "bytearray"));
    }

    /** _getbytevalue: an int in range(256) through __index__. */
    static byte byteValue(ThreadState ts, PyObject o) {
        return BytesMethods.byteOf(ts, o, "bytearray");
    }

    private static void extend(ThreadState ts, PyByteArray self, PyObject iterable) {
        byte[] b = Buffers.bytesOrNull(iterable);
        if (b != null) {
            self.append(b, 0, b.length);
            return;
        }
        PyObject it;
        try {
            it = Iteration.iter(ts, iterable);
        } catch (PyException e) {
            if (e.value.matches(ExceptionTypes.TYPE_ERROR)) {
                throw Errors.typeError("can't extend bytearray with " + iterable.type().name());
            }
            throw e;
        }
        PyByteArray added = new PyByteArray();
        for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
            added.append(byteValue(ts, x));
        }
        self.append(added.value, 0, added.size);
    }

    private static PyObject repeat(ThreadState ts, PyObject self, PyObject count) {
        return new PyByteArray(BytesMethods.repeatBytes(ts, ba(self).toArray(), count));
    }

    private static PyObject getitem(ThreadState ts, PyByteArray self, PyObject key) {
        if (key instanceof PySlice) {
            SliceMethods.Bounds r = SliceMethods.bounds(ts, (PySlice) key, self.size);
            return new PyByteArray(BytesMethods.slice(self.value, r));
        }
        int i = BytesMethods.index(ts, self.size, key, "bytearray index out of range", "bytearray indices");
        return PyInt.of(self.value[i] & 0xFF);
    }

    /** bytearray_ass_subscript: item or slice assignment, or deletion when value is null. */
    static void setitem(ThreadState ts, PyByteArray self, PyObject key, PyObject value) {
        int start;
        int stop;
        int step;
        int length;
        if (!(key instanceof PySlice)) {
            if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
                throw Errors.typeError("bytearray indices must be integers or slices, not " + key.type().name());
            }
            long i = Sequences.asSsize(ts, key, ExceptionTypes.INDEX_ERROR);
            byte v = value == null ? 0 : byteValue(ts, value); // converted before the size check, as CPython
            if (i < 0) {
                i += self.size;
            }
            if (i < 0 || i >= self.size) {
                throw Errors.indexError("bytearray index out of range");
            }
            if (value != null) {
                self.value[(int) i] = v;
                return;
            }
            start = (int) i;
            stop = start + 1;
            step = 1;
            length = 1;
        } else {
            SliceMethods.Bounds r = SliceMethods.bounds(ts, (PySlice) key, self.size);
            start = r.start;
            stop = r.stop;
            step = r.step;
            length = r.length;
        }
        byte[] bytes;
        if (value == null) {
            bytes = new byte[0];
        } else if (value instanceof PyByteArray && value != self) {
            bytes = ((PyByteArray) value).toArray();
        } else {
            if (PercentFormatter.isNumber(value) || value instanceof PyStr) {
                throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            }
            PyByteArray copy = new PyByteArray();
            init(ts, copy, value, null, null);
            bytes = copy.toArray();
        }
        if (step < 0 && start < stop || step > 0 && start > stop) {
            stop = start; // b[5:2] = ... inserts before 5
        }
        if (step == 1) {
            byte[] b = self.value;
            int tail = self.size - stop;
            byte[] out = new byte[start + bytes.length + tail];
            System.arraycopy(b, 0, out, 0, start);
            System.arraycopy(bytes, 0, out, start, bytes.length);
            System.arraycopy(b, stop, out, start + bytes.length, tail);
            self.set(out);
            return;
        }
        if (bytes.length == 0) {
            boolean[] drop = new boolean[self.size];
            for (int i = 0, j = start; i < length; i++, j += step) {
                drop[j] = true;
            }
            int w = 0;
            for (int i = 0; i < self.size; i++) {
                if (!drop[i]) {
                    self.value[w++] = self.value[i];
                }
            }
            self.size = w;
            return;
        }
        if (bytes.length != length) {
            throw Errors.valueError("attempt to assign bytes of size " + bytes.length + " to extended slice of size "
                    + length);
        }
        for (int i = 0, j = start; i < length; i++, j += step) {
            self.value[j] = bytes[i];
        }
    }

    private static void removeRange(PyByteArray self, int from, int to) {
        System.arraycopy(self.value, to, self.value, from, self.size - to);
        self.size -= to - from;
    }
}
