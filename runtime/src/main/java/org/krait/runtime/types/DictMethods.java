package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.ops.Iteration;

/** The methods of {@code dict} (Objects/dictobject.c); views and iterators are in {@link DictViews}. */
public final class DictMethods {
    private DictMethods() {
    }

    static PyDict d(PyObject o) {
        return (PyDict) o;
    }

    public static void define(TypeBuilder b) {
        b.method("__init__($self, /, *args, **kwargs)", (ts, a) -> {
            PyTuple args = (PyTuple) a[1];
            if (args.size() > 1) {
                throw Errors.typeError("dict expected at most 1 argument, got " + args.size());
            }
            if (args.size() == 1) {
                update(ts, d(a[0]), args.get(0));
            }
            mergeDict(ts, d(a[0]), (PyDict) a[2]);
            return PyNone.NONE;
        });
        b.method("__len__($self, /)", (ts, a) -> PyInt.of(d(a[0]).size()));
        b.method("__getitem__($self, key, /)", (ts, a) -> getitem(ts, d(a[0]), a[1]));
        b.method("__setitem__($self, key, value, /)", (ts, a) -> {
            d(a[0]).put(ts, a[1], a[2]);
            return PyNone.NONE;
        });
        b.method("__delitem__($self, key, /)", (ts, a) -> {
            if (d(a[0]).remove(ts, a[1]) == null) {
                throw Errors.keyError(a[1]);
            }
            return PyNone.NONE;
        });
        b.method("__contains__($self, key, /)", (ts, a) -> PyBool.of(d(a[0]).containsKey(ts, a[1])));
        b.method("__iter__($self, /)", (ts, a) -> DictViews.iterator(d(a[0]), DictViews.KEYS));
        b.method("__reversed__($self, /)", (ts, a) -> DictViews.reversedIterator(d(a[0]), DictViews.KEYS));
        b.method("__eq__($self, value, /)", (ts, a) -> a[1] instanceof PyDict ? PyBool.of(equal(ts, d(a[0]), d(a[1])))
                : PyNotImplemented.NOT_IMPLEMENTED);
        b.method("__ne__($self, value, /)", (ts, a) -> a[1] instanceof PyDict ? PyBool.of(!equal(ts, d(a[0]), d(a[1])))
                : PyNotImplemented.NOT_IMPLEMENTED);
        b.attr("__hash__", PyNone.NONE);
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(repr(ts, d(a[0]))));
        b.method("__or__($self, value, /)", (ts, a) -> {
            if (!(a[1] instanceof PyDict)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyDict r = d(a[0]).copy();
            mergeDict(ts, r, d(a[1]));
            return r;
        });
        b.method("__ror__($self, value, /)", (ts, a) -> {
            if (!(a[1] instanceof PyDict)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyDict r = d(a[1]).copy();
            mergeDict(ts, r, d(a[0]));
            return r;
        });
        b.method("__ior__($self, value, /)", (ts, a) -> {
            update(ts, d(a[0]), a[1]);
            return a[0];
        });
        b.method("get($self, key, default=None, /)", (ts, a) -> {
            PyObject v = d(a[0]).get(ts, a[1]);
            return v == null ? a[2] : v;
        });
        b.method("setdefault($self, key, default=None, /)", (ts, a) -> {
            PyObject v = d(a[0]).get(ts, a[1]);
            if (v == null) {
                d(a[0]).put(ts, a[1], a[2]);
                return a[2];
            }
            return v;
        });
        b.method("pop($self, key, default=?, /)", (ts, a) -> {
            PyObject v = d(a[0]).remove(ts, a[1]);
            if (v == null) {
                if (a[2] == null) {
                    throw Errors.keyError(a[1]);
                }
                return a[2];
            }
            return v;
        });
        b.method("popitem($self, /)", (ts, a) -> {
            PyObject[] kv = d(a[0]).popLast();
            if (kv == null) {
                throw Errors.raise(org.krait.runtime.exceptions.ExceptionTypes.KEY_ERROR, "popitem(): dictionary is empty");
            }
            return PyTuple.of(kv[0], kv[1]);
        });
        b.method("keys($self, /)", (ts, a) -> new DictViews.View(d(a[0]), DictViews.KEYS));
        b.method("values($self, /)", (ts, a) -> new DictViews.View(d(a[0]), DictViews.VALUES));
        b.method("items($self, /)", (ts, a) -> new DictViews.View(d(a[0]), DictViews.ITEMS));
        b.method("update($self, /, *args, **kwargs)", (ts, a) -> {
            PyTuple args = (PyTuple) a[1];
            if (args.size() > 1) {
                throw Errors.typeError("update expected at most 1 argument, got " + args.size());
            }
            if (args.size() == 1) {
                update(ts, d(a[0]), args.get(0));
            }
            mergeDict(ts, d(a[0]), (PyDict) a[2]);
            return PyNone.NONE;
        });
        b.method("clear($self, /)", (ts, a) -> {
            d(a[0]).clear();
            return PyNone.NONE;
        });
        b.method("copy($self, /)", (ts, a) -> d(a[0]).copy());
        b.classMethod("fromkeys($type, iterable, value=None, /)", (ts, a) -> {
            PyObject r = Calls.call(ts, a[0]);
            PyObject it = Iteration.iter(ts, a[1]);
            for (PyObject k = Iteration.next(ts, it); k != null; k = Iteration.next(ts, it)) {
                org.krait.runtime.ops.Subscripts.setitem(ts, r, k, a[2]);
            }
            return r;
        });
        GenericAlias.addClassGetitem(b);
    }

    /** d[key], consulting {@code __missing__} of dict subclasses. */
    public static PyObject getitem(ThreadState ts, PyDict d, PyObject key) {
        PyObject v = d.get(ts, key);
        if (v != null) {
            return v;
        }
        if (d.getClass() != PyDict.class) {
            PyObject missing = d.type().lookup("__missing__");
            if (missing != null) {
                return Calls.call(ts, Attributes.bindDescriptor(ts, missing, d, d.type()), key);
            }
        }
        throw Errors.keyError(key);
    }

    static boolean equal(ThreadState ts, PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int e = 0; e < a.entryLimit(); e++) {
            PyObject k = a.keyAt(e);
            if (k == null) {
                continue;
            }
            PyObject bv = b.getHashed(ts, k, a.hashAt(e)); // the stored hash, as dict_equal (no __hash__ call)
            if (bv == null || !Abstract.richCompareBool(ts, a.valueAt(e), bv, Abstract.EQ)) {
                return false;
            }
        }
        return true;
    }

    static String repr(ThreadState ts, PyDict d) {
        if (d.size() == 0) {
            return "{}";
        }
        if (!Sequences.reprEnter(ts, d)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int e = 0; e < d.entryLimit(); e++) {
                PyObject k = d.keyAt(e);
                if (k == null) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                PyObject v = d.valueAt(e);
                sb.append(Abstract.repr(ts, k)).append(": ").append(Abstract.repr(ts, v));
            }
            return sb.append('}').toString();
        } finally {
            Sequences.reprLeave(ts, d);
        }
    }

    /** dict.update(other): a mapping (has keys()) or an iterable of pairs. */
    public static void update(ThreadState ts, PyDict self, PyObject other) {
        if (other instanceof PyDict) {
            mergeDict(ts, self, (PyDict) other);
            return;
        }
        PyObject keys = Attributes.lookupOrNull(ts, other, "keys");
        if (keys != null) {
            PyObject it = Iteration.iter(ts, Calls.call(ts, keys));
            for (PyObject k = Iteration.next(ts, it); k != null; k = Iteration.next(ts, it)) {
                self.put(ts, k, org.krait.runtime.ops.Subscripts.getitem(ts, other, k));
            }
            return;
        }
        PyObject it = Iteration.iter(ts, other);
        int i = 0;
        for (PyObject pair = Iteration.next(ts, it); pair != null; pair = Iteration.next(ts, it), i++) {
            PyList kv;
            try {
                kv = new PyList(TypeMethods.toList(ts, pair).toArray(new PyObject[0]));
            } catch (org.krait.runtime.exceptions.PyException e) {
                if (e.value.matches(org.krait.runtime.exceptions.ExceptionTypes.TYPE_ERROR)) {
                    throw Errors.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                }
                throw e;
            }
            if (kv.size != 2) {
                throw Errors.valueError("dictionary update sequence element #" + i + " has length " + kv.size
                        + "; 2 is required");
            }
            self.put(ts, kv.items[0], kv.items[1]);
        }
    }

    /** dict_merge from a dict: its stored hashes are used, as CPython does (no __hash__ is called). */
    public static void mergeDict(ThreadState ts, PyDict self, PyDict other) {
        self.reserve(other.size());
        for (int e = 0; e < other.entryLimit(); e++) {
            PyObject k = other.keyAt(e);
            if (k != null) {
                self.putHashed(ts, k, other.hashAt(e), other.valueAt(e));
            }
        }
    }
}
