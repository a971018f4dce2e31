package org.krait.runtime.types;

import java.util.List;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.numeric.NumericHash;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyIterator;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PySlice;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;

/** The methods of {@code tuple} (Objects/tupleobject.c). */
public final class TupleMethods {
    private static final PyType ITERATOR = PyIterator.sizedIteratorType("tuple_iterator");

    private TupleMethods() {
    }

    static PyObject[] items(PyObject o) {
        return ((PyTuple) o).items;
    }

    /** {@code tuple(iterable)}: an exact tuple is itself, an exact list is copied, anything else iterated. */
    public static PyTuple fromIterable(ThreadState ts, PyObject iterable) {
        if (iterable.getClass() == PyTuple.class) {
            return (PyTuple) iterable;
        }
        if (iterable.getClass() == PyList.class) {
            return PyTuple.of(((PyList) iterable).toArray());
        }
        return PyTuple.of(TypeMethods.toList(ts, iterable).toArray(new PyObject[0]));
    }

    public static void define(TypeBuilder b) {
        b.staticMethod("__new__(type, /, *args, **kwargs)", (ts, a) -> {
            PyType cls = (PyType) a[0];
            if (cls == PyTuple.TYPE || cls.lookup("__init__") == PyType.OBJECT.lookup("__init__")) {
                ArgChecks.noKeywords("tuple", a[2]);
            }
            PyObject iterable = ArgChecks.atMostOne("tuple", a[1]);
            PyTuple t = iterable == null ? PyTuple.EMPTY : fromIterable(ts, iterable);
            return cls == PyTuple.TYPE ? t : new PyTuple.Derived(cls, t.items);
        });
        b.method("__len__($self, /)", (ts, a) -> PyInt.of(items(a[0]).length));
        b.method("__getitem__($self, key, /)", (ts, a) -> getitem(ts, (PyTuple) a[0], a[1]));
        b.method("__iter__($self, /)", (ts, a) -> iterator(items(a[0])));
        b.method("__contains__($self, key, /)", (ts, a) -> PyBool.of(Sequences.contains(ts, items(a[0]), a[1])));
        b.method("__add__($self, value, /)", (ts, a) -> {
            if (!(a[1] instanceof PyTuple)) {
                throw Errors.typeError("can only concatenate tuple (not \"" + a[1].type().name() + "\") to tuple");
            }
            PyObject[] x = items(a[0]);
            PyObject[] y = items(a[1]);
            PyObject[] r = new PyObject[x.length + y.length];
            System.arraycopy(x, 0, r, 0, x.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return PyTuple.of(r);
        });
        b.method("__mul__($self, value, /)", (ts, a) -> repeat(ts, a[0], a[1]));
        b.method("__rmul__($self, value, /)", (ts, a) -> repeat(ts, a[0], a[1]));
        String[] cmps = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmps.length; i++) {
            int op = i;
            b.method(cmps[i] + "($self, value, /)", (ts, a) -> !(a[1] instanceof PyTuple)
                    ? PyNotImplemented.NOT_IMPLEMENTED
                    : Sequences.compare(ts, items(a[0]), items(a[0]).length, items(a[1]), items(a[1]).length, op));
        }
        b.method("__hash__($self, /)", (ts, a) -> PyInt.of(hash(ts, items(a[0]))));
        b.method("__repr__($self, /)", (ts, a) -> Sequences.repr(ts, a[0], items(a[0]), items(a[0]).length, "(", ")"));
        b.method("count($self, value, /)", (ts, a) -> PyInt.of(Sequences.count(ts, items(a[0]), items(a[0]).length, a[1])));
        b.method("index($self, value, start=0, stop=9223372036854775807, /)", (ts, a) -> {
            PyObject[] it = items(a[0]);
            long start = Sequences.sliceIndexArg(ts, a[2]);
            long stop = Sequences.sliceIndexArg(ts, a[3]);
            if (start < 0) {
                start = Math.max(0, start + it.length);
            }
            stop = stop < 0 ? stop + it.length : Math.min(stop, it.length);
            for (long i = start; i < stop; i++) {
                if (Abstract.richCompareBool(ts, it[(int) i], a[1], Abstract.EQ)) {
                    return PyInt.of(i);
                }
            }
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
        GenericAlias.addClassGetitem(b);
        b.method("__getnewargs__($self, /)", (ts, a) -> PyTuple.of(PyTuple.of(items(a[0]))));
    }

    /** Lexicographic tuple comparison (tuplerichcompare). */
    public static PyObject compareItems(ThreadState ts, PyObject[] a, PyObject[] b, int op) {
        return Sequences.compare(ts, a, a.length, b, b.length, op);
    }

    /** tuplehash: 3.12's xxHash-based combination of the item hashes (numeric/NumericHash). */
    public static long hash(ThreadState ts, PyObject[] items) {
        long acc = NumericHash.tupleStart();
        for (PyObject item : items) {
            acc = NumericHash.tupleStep(acc, Abstract.hash(ts, item));
        }
        return NumericHash.tupleFinish(acc, items.length);
    }

    public static PyObject repeat(ThreadState ts, PyObject self, PyObject count) {
        PyObject[] x = items(self);
        int n = Sequences.repeatCount(ts, count, x.length);
        if (n == 0 || x.length == 0) {
            return PyTuple.EMPTY;
        }
        if (n == 1 && self.getClass() == PyTuple.class) {
            return self;
        }
        return PyTuple.of(Sequences.repeat(x, x.length, n));
    }

    static PyObject getitem(ThreadState ts, PyTuple t, PyObject key) {
        PyObject[] it = t.items;
        if (key instanceof PySlice) {
            SliceMethods.Bounds r = SliceMethods.bounds(ts, (PySlice) key, it.length);
            if (r.step == 1 && r.length == it.length && t.getClass() == PyTuple.class) {
                return t;
            }
            PyObject[] out = new PyObject[r.length];
            for (int i = 0, j = r.start; i < r.length; i++, j += r.step) {
                out[i] = it[j];
            }
            return PyTuple.of(out);
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw Errors.typeError("tuple indices must be integers or slices, not " + key.type().name());
        }
        PyInt idx = Abstract.index(ts, key);
        long i = Sequences.itemIndex(idx);
        if (i < 0) {
            i += it.length;
        }
        if (i < 0 || i >= it.length) {
            throw Errors.indexError("tuple index out of range");
        }
        return it[(int) i];
    }

    public static PyObject iterator(PyObject[] items) {
        return new PyIterator(ITERATOR) {
            private int pos;

            @Override
            public PyObject next(ThreadState ts) {
                return pos < items.length ? items[pos++] : null;
            }

            @Override
            public long lengthHint(ThreadState ts) {
                return items.length - pos;
            }
        };
    }

    static List<PyObject> asList(PyObject[] items) {
        return List.of(items);
    }
}
