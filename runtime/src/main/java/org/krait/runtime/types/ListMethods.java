package org.krait.runtime.types;

import java.util.Arrays;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyIterator;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PySlice;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.ops.Iteration;

/** The methods of {@code list} (Objects/listobject.c). */
public final class ListMethods {
    private static final PyType ITERATOR = PyIterator.sizedIteratorType("list_iterator");
    private static final PyType REVERSE_ITERATOR = PyIterator.sizedIteratorType("list_reverseiterator");

    private ListMethods() {
    }

    static PyList l(PyObject o) {
        return (PyList) o;
    }

    public static void define(TypeBuilder b) {
        b.method("__init__($self, /, *args, **kwargs)", (ts, a) -> {
            PyList self = l(a[0]);
            if (self.type() == PyList.TYPE || self.type().lookup("__new__") == PyList.TYPE.lookup("__new__")) {
                ArgChecks.noKeywords("list", a[2]);
            }
            PyObject iterable = ArgChecks.atMostOne("list", a[1]);
            self.items = new PyObject[0];
            self.size = 0;
            if (iterable != null) {
                extend(ts, self, iterable);
            }
            return PyNone.NONE;
        });
        b.method("__len__($self, /)", (ts, a) -> PyInt.of(l(a[0]).size));
        b.method("__getitem__($self, key, /)", (ts, a) -> getitem(ts, l(a[0]), a[1]));
        b.method("__setitem__($self, key, value, /)", (ts, a) -> {
            ListSlices.setitem(ts, l(a[0]), a[1], a[2]);
            return PyNone.NONE;
        });
        b.method("__delitem__($self, key, /)", (ts, a) -> {
            ListSlices.delitem(ts, l(a[0]), a[1]);
            return PyNone.NONE;
        });
        b.method("__iter__($self, /)", (ts, a) -> iterator(l(a[0])));
        b.method("__reversed__($self, /)", (ts, a) -> reversedIterator(l(a[0])));
        b.method("__contains__($self, key, /)", (ts, a) -> PyBool.of(Sequences.contains(ts, l(a[0]), a[1])));
        b.method("__add__($self, value, /)", (ts, a) -> {
            if (!(a[1] instanceof PyList)) {
                throw Errors.typeError("can only concatenate list (not \"" + a[1].type().name() + "\") to list");
            }
            PyList x = l(a[0]);
            PyList y = l(a[1]);
            PyObject[] r = Arrays.copyOf(x.items, x.size + y.size);
            System.arraycopy(y.items, 0, r, x.size, y.size);
            return new PyList(r);
        });
        b.method("__iadd__($self, value, /)", (ts, a) -> {
            extend(ts, l(a[0]), a[1]);
            return a[0];
        });
        b.method("__mul__($self, value, /)", (ts, a) -> repeated(ts, l(a[0]), a[1]));
        b.method("__rmul__($self, value, /)", (ts, a) -> repeated(ts, l(a[0]), a[1]));
        b.method("__imul__($self, value, /)", (ts, a) -> {
            PyObject[] r = repeat(ts, l(a[0]), a[1]);
            l(a[0]).items = r;
            l(a[0]).size = r.length;
            return a[0];
        });
        String[] cmps = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmps.length; i++) {
            int op = i;
            b.method(cmps[i] + "($self, value, /)", (ts, a) -> !(a[1] instanceof PyList)
                    ? PyNotImplemented.NOT_IMPLEMENTED
                    : compare(ts, l(a[0]), l(a[1]), op));
        }
        b.attr("__hash__", PyNone.NONE);
        b.method("__repr__($self, /)", (ts, a) -> Sequences.repr(ts, a[0], l(a[0]).items, l(a[0]).size, "[", "]"));
        b.method("append($self, object, /)", (ts, a) -> {
            l(a[0]).append(a[1]);
            return PyNone.NONE;
        });
        b.method("extend($self, iterable, /)", (ts, a) -> {
            extend(ts, l(a[0]), a[1]);
            return PyNone.NONE;
        });
        b.method("insert($self, index, object, /)", (ts, a) -> {
            PyList self = l(a[0]);
            long i = Abstract.asSsize(ts, a[1]);
            if (i < 0) {
                i = Math.max(0, i + self.size);
            }
            i = Math.min(i, self.size);
            self.grow(self.size + 1);
            System.arraycopy(self.items, (int) i, self.items, (int) i + 1, self.size - (int) i);
            self.items[(int) i] = a[2];
            self.size++;
            return PyNone.NONE;
        });
        b.method("pop($self, index=-1, /)", (ts, a) -> {
            PyList self = l(a[0]);
            long i = Abstract.asSsize(ts, a[1]);
            if (self.size == 0) {
                throw Errors.indexError("pop from empty list");
            }
            if (i < 0) {
                i += self.size;
            }
            if (i < 0 || i >= self.size) {
                throw Errors.indexError("pop index out of range");
            }
            PyObject v = self.items[(int) i];
            removeAt(self, (int) i);
            return v;
        });
        b.method("remove($self, value, /)", (ts, a) -> {
            PyList self = l(a[0]);
            for (int i = 0; i < self.size; i++) {
                if (Abstract.richCompareBool(ts, self.items[i], a[1], Abstract.EQ)) {
                    removeAt(self, i);
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("list.remove(x): x not in list");
        });
        b.method("index($self, value, start=0, stop=9223372036854775807, /)", (ts, a) -> {
            PyList self = l(a[0]);
            long start = Sequences.sliceIndexArg(ts, a[2]);
            long stop = Sequences.sliceIndexArg(ts, a[3]);
            if (start < 0) {
                start = Math.max(0, start + self.size);
            }
            if (stop < 0) {
                stop = Math.max(0, stop + self.size);
            }
            for (long i = start; i < stop && i < self.size; i++) {
                if (Abstract.richCompareBool(ts, self.items[(int) i], a[1], Abstract.EQ)) {
                    return PyInt.of(i);
                }
            }
            throw Errors.valueError(Abstract.repr(ts, a[1]) + " is not in list");
        });
        b.method("count($self, value, /)", (ts, a) -> PyInt.of(Sequences.count(ts, l(a[0]).items, l(a[0]).size, a[1])));
        b.method("clear($self, /)", (ts, a) -> {
            l(a[0]).items = new PyObject[0];
            l(a[0]).size = 0;
            return PyNone.NONE;
        });
        b.method("copy($self, /)", (ts, a) -> new PyList(l(a[0]).toArray()));
        b.method("reverse($self, /)", (ts, a) -> {
            PyList self = l(a[0]);
            for (int i = 0, j = self.size - 1; i < j; i++, j--) {
                PyObject t = self.items[i];
                self.items[i] = self.items[j];
                self.items[j] = t;
            }
            return PyNone.NONE;
        });
        b.method("sort($self, /, *, key=None, reverse=False)", (ts, a) -> {
            ListSort.sort(ts, l(a[0]), a[1], Abstract.isTrue(ts, a[2]));
            return PyNone.NONE;
        });
        GenericAlias.addClassGetitem(b);
    }

    static void removeAt(PyList self, int i) {
        System.arraycopy(self.items, i + 1, self.items, i, self.size - i - 1);
        self.items[--self.size] = null;
    }

    public static void extend(ThreadState ts, PyList self, PyObject iterable) {
        // exact lists and tuples only, as list_extend: a subclass may override __iter__
        if (iterable.getClass() == PyList.class || iterable.getClass() == PyTuple.class) {
            boolean list = iterable.getClass() == PyList.class;
            PyObject[] src = list ? l(iterable).items : ((PyTuple) iterable).items;
            int n = list ? l(iterable).size : src.length;
            self.grow(self.size + n);
            System.arraycopy(src, 0, self.items, self.size, n);
            self.size += n;
            return;
        }
        if (iterable instanceof PyDict && iterable.getClass() == PyDict.class) {
            PyDict d = (PyDict) iterable;
            for (int e = 0; e < d.entryLimit(); e++) {
                if (d.keyAt(e) != null) {
                    self.append(d.keyAt(e));
                }
            }
            return;
        }
        // list_extend appends each item as it comes (an iterator over the list itself sees it grow)
        PyObject it = Iteration.iter(ts, iterable);
        for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
            self.append(x);
        }
    }

    /** list_richcompare of two lists. */
    public static PyObject compare(ThreadState ts, PyList a, PyList b, int op) {
        return Sequences.compare(ts, a.items, a.size, b.items, b.size, op);
    }

    /** {@code list * count}: a new list. */
    public static PyList repeated(ThreadState ts, PyList self, PyObject count) {
        return new PyList(repeat(ts, self, count));
    }

    private static PyObject[] repeat(ThreadState ts, PyList self, PyObject count) {
        int len = self.size;
        int n = Sequences.repeatCount(ts, count, len);
        if (n == 0 || len == 0) {
            return new PyObject[0];
        }
        return Sequences.repeat(self.items, len, n);
    }

    public static PyObject getitem(ThreadState ts, PyList self, PyObject key) {
        if (key instanceof PySlice) {
            SliceMethods.Bounds r = SliceMethods.bounds(ts, (PySlice) key, self.size);
            PyObject[] out = new PyObject[r.length];
            for (int i = 0, j = r.start; i < r.length; i++, j += r.step) {
                out[i] = self.items[j];
            }
            return new PyList(out);
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw Errors.typeError("list indices must be integers or slices, not " + key.type().name());
        }
        PyInt idx = Abstract.index(ts, key);
        long i = Sequences.itemIndex(idx);
        if (i < 0) {
            i += self.size;
        }
        if (i < 0 || i >= self.size) {
            throw Errors.indexError("list index out of range");
        }
        return self.items[(int) i];
    }

    /** listiter_next: once past the end it stays exhausted, even if the list grows again. */
    public static PyObject iterator(PyList list) {
        return new PyIterator(ITERATOR) {
            private PyList seq = list;
            private int pos;

            @Override
            public PyObject next(ThreadState ts) {
                if (seq == null) {
                    return null;
                }
                if (pos < seq.size) {
                    return seq.items[pos++];
                }
                seq = null;
                return null;
            }

            @Override
            public long lengthHint(ThreadState ts) {
                return seq == null ? 0 : Math.max(0, seq.size - pos);
            }
        };
    }

    /** listreviter_next: stops for good at the front or when the list has shrunk below the position. */
    static PyObject reversedIterator(PyList list) {
        return new PyIterator(REVERSE_ITERATOR) {
            private PyList seq = list;
            private int pos = list.size - 1;

            @Override
            public PyObject next(ThreadState ts) {
                if (seq != null && pos >= 0 && pos < seq.size) {
                    return seq.items[pos--];
                }
                seq = null;
                pos = -1;
                return null;
            }

            @Override
            public long lengthHint(ThreadState ts) {
                return seq == null || seq.size < pos + 1 ? 0 : pos + 1;
            }
        };
    }

    static PyObject call(ThreadState ts, PyObject f, PyObject x) {
        return Calls.call(ts, f, x);
    }
}
