package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyIterator;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PySet;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;

/** The methods of {@code set} and {@code frozenset} (Objects/setobject.c); the algebra is in {@link SetOps}. */
public final class SetMethods {
    private static final PyType ITERATOR = PyIterator.sizedIteratorType("set_iterator");
    private static final String[] CMP_NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    private SetMethods() {
    }

    static PySet s(PyObject o) {
        return (PySet) o;
    }

    static PyObject[] items(PyObject tuple) {
        return ((PyTuple) tuple).items;
    }

    public static void defineSet(TypeBuilder b) {
        common(b);
        b.staticMethod("__new__(type, /, *args, **kwargs)", (ts, a) -> ((PyType) a[0]).allocate());
        b.method("__init__($self, /, *args, **kwargs)", (ts, a) -> {
            ArgChecks.noKeywords("set", a[2]);
            PyObject iterable = ArgChecks.atMostOne(s(a[0]).type().name(), a[1]);
            PySet self = s(a[0]);
            if (self.fill() > 0) {
                self.clear();
            }
            if (iterable != null) {
                SetOps.update(ts, self, iterable);
            }
            return PyNone.NONE;
        });
        b.method("add($self, object, /)", (ts, a) -> {
            s(a[0]).add(ts, a[1]);
            return PyNone.NONE;
        });
        b.method("discard($self, object, /)", (ts, a) -> {
            discard(ts, s(a[0]), a[1]);
            return PyNone.NONE;
        });
        b.method("remove($self, object, /)", (ts, a) -> {
            if (!discard(ts, s(a[0]), a[1])) {
                throw Errors.keyError(a[1]);
            }
            return PyNone.NONE;
        });
        b.method("pop($self, /)", (ts, a) -> {
            PyObject k = s(a[0]).pop();
            if (k == null) {
                throw Errors.raise(org.krait.runtime.exceptions.ExceptionTypes.KEY_ERROR, "pop from an empty set");
            }
            return k;
        });
        b.method("clear($self, /)", (ts, a) -> {
            s(a[0]).clear();
            return PyNone.NONE;
        });
        b.method("copy($self, /)", (ts, a) -> SetOps.copy(ts, s(a[0])));
        b.method("update($self, /, *others)", (ts, a) -> {
            for (PyObject o : items(a[1])) {
                SetOps.update(ts, s(a[0]), o);
            }
            return PyNone.NONE;
        });
        b.method("intersection_update($self, /, *others)", (ts, a) -> {
            s(a[0]).swapBodies(SetOps.intersectionMulti(ts, s(a[0]), items(a[1])));
            return PyNone.NONE;
        });
        b.method("difference_update($self, /, *others)", (ts, a) -> {
            for (PyObject o : items(a[1])) {
                SetOps.differenceUpdate(ts, s(a[0]), o);
            }
            return PyNone.NONE;
        });
        b.method("symmetric_difference_update($self, other, /)", (ts, a) -> {
            SetOps.symmetricDifferenceUpdate(ts, s(a[0]), a[1]);
            return PyNone.NONE;
        });
        b.method("__ior__($self, value, /)", (ts, a) -> {
            if (!SetOps.isAnySet(a[1])) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            SetOps.update(ts, s(a[0]), a[1]);
            return a[0];
        });
        b.method("__iand__($self, value, /)", (ts, a) -> {
            if (!SetOps.isAnySet(a[1])) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            s(a[0]).swapBodies(SetOps.intersection(ts, s(a[0]), a[1]));
            return a[0];
        });
        b.method("__isub__($self, value, /)", (ts, a) -> {
            if (!SetOps.isAnySet(a[1])) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            SetOps.differenceUpdate(ts, s(a[0]), a[1]);
            return a[0];
        });
        b.method("__ixor__($self, value, /)", (ts, a) -> {
            if (!SetOps.isAnySet(a[1])) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            SetOps.symmetricDifferenceUpdate(ts, s(a[0]), a[1]);
            return a[0];
        });
        b.attr("__hash__", PyNone.NONE);
    }

    public static void defineFrozenSet(TypeBuilder b) {
        common(b);
        b.staticMethod("__new__(type, /, *args, **kwargs)", (ts, a) -> {
            PyType type = (PyType) a[0];
            if (type == PySet.FROZENSET_TYPE || type.lookup("__init__") == PyType.OBJECT.lookup("__init__")) {
                ArgChecks.noKeywords("frozenset", a[2]);
            }
            PyObject iterable = ArgChecks.atMostOne(type.name(), a[1]);
            if (type == PySet.FROZENSET_TYPE && iterable != null && iterable.getClass() == PySet.class
                    && ((PySet) iterable).frozen) {
                return iterable; // frozenset(f) is f
            }
            PySet r = type == PySet.FROZENSET_TYPE ? new PySet(true) : new PySet.Derived(type, true);
            if (iterable != null) {
                SetOps.update(ts, r, iterable);
            }
            return r;
        });
        b.method("copy($self, /)", (ts, a) -> a[0].getClass() == PySet.class ? a[0] : SetOps.copy(ts, s(a[0])));
        b.method("__hash__($self, /)", (ts, a) -> PyInt.of(s(a[0]).frozenHash()));
    }

    private static void common(TypeBuilder b) {
        GenericAlias.addClassGetitem(b);
        b.method("__len__($self, /)", (ts, a) -> PyInt.of(s(a[0]).size()));
        b.method("__contains__($self, key, /)", (ts, a) -> PyBool.of(contains(ts, s(a[0]), a[1])));
        b.method("__iter__($self, /)", (ts, a) -> iterator(s(a[0])));
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(repr(ts, s(a[0]))));
        b.method("union($self, /, *others)", (ts, a) -> SetOps.union(ts, s(a[0]), items(a[1])));
        b.method("intersection($self, /, *others)", (ts, a) -> SetOps.intersectionMulti(ts, s(a[0]), items(a[1])));
        b.method("difference($self, /, *others)", (ts, a) -> SetOps.differenceMulti(ts, s(a[0]), items(a[1])));
        b.method("symmetric_difference($self, other, /)", (ts, a) -> SetOps.symmetricDifference(ts, s(a[0]), a[1]));
        b.method("isdisjoint($self, other, /)", (ts, a) -> PyBool.of(SetOps.isDisjoint(ts, s(a[0]), a[1])));
        b.method("issubset($self, other, /)", (ts, a) -> PyBool.of(SetOps.isSubset(ts, s(a[0]), a[1])));
        b.method("issuperset($self, other, /)", (ts, a) -> PyBool.of(SetOps.isSuperset(ts, s(a[0]), a[1])));
        operator(b, "or", SetOps::or);
        operator(b, "and", SetOps::intersection);
        operator(b, "sub", SetOps::difference);
        operator(b, "xor", SetOps::symmetricDifference);
        for (int i = 0; i < CMP_NAMES.length; i++) {
            int op = i;
            b.method(CMP_NAMES[i] + "($self, value, /)", (ts, a) -> {
                Boolean r = SetOps.compare(ts, s(a[0]), a[1], op);
                return r == null ? PyNotImplemented.NOT_IMPLEMENTED : PyBool.of(r);
            });
        }
        b.method("__reduce__($self, /)", (ts, a) -> PyTuple.of(a[0].type(),
                PyTuple.of(new PyList(s(a[0]).toArray())), reduceState(a[0])));
    }

    /** A set algebra function applied to {@code (set, other)}. */
    interface SetBinary {
        PySet apply(ThreadState ts, PySet so, PyObject other);
    }

    /**
     * {@code __op__} and {@code __rop__}: set_or, set_and, set_sub, set_xor take both operands in
     * written order and return NotImplemented unless both are sets or frozensets.
     */
    private static void operator(TypeBuilder b, String name, SetBinary op) {
        b.method("__" + name + "__($self, value, /)", (ts, a) -> SetOps.isAnySet(a[1])
                ? op.apply(ts, s(a[0]), a[1]) : PyNotImplemented.NOT_IMPLEMENTED);
        b.method("__r" + name + "__($self, value, /)", (ts, a) -> SetOps.isAnySet(a[1])
                ? op.apply(ts, s(a[1]), a[0]) : PyNotImplemented.NOT_IMPLEMENTED);
    }

    private static PyObject reduceState(PyObject self) {
        PyDict d = self.instanceDict();
        return d == null || d.size() == 0 ? PyNone.NONE : d;
    }

    /** set_contains: a set key that is unhashable is looked up as a frozenset. */
    public static boolean contains(ThreadState ts, PySet set, PyObject key) {
        try {
            return set.contains(ts, key);
        } catch (PyException e) {
            return set.contains(ts, SetOps.frozenKey(ts, key, e));
        }
    }

    private static boolean discard(ThreadState ts, PySet set, PyObject key) {
        try {
            return set.discard(ts, key);
        } catch (PyException e) {
            return set.discard(ts, SetOps.frozenKey(ts, key, e));
        }
    }

    /** set_repr: {@code {1, 2}}, {@code frozenset({1})}, {@code S({1})} for subclasses, via list(self). */
    static String repr(ThreadState ts, PySet set) {
        String name = set.type().name();
        if (!Sequences.reprEnter(ts, set)) {
            return name + "(...)";
        }
        try {
            if (set.size() == 0) {
                return name + "()";
            }
            PyObject[] keys = set.getClass() == PySet.class ? set.toArray()
                    : TypeMethods.toList(ts, set).toArray(new PyObject[0]);
            String list = Sequences.repr(ts, new PyList(keys), keys, keys.length, "[", "]").value();
            String inner = list.substring(1, list.length() - 1);
            return set.type() == PySet.TYPE ? "{" + inner + "}" : name + "({" + inner + "})";
        } finally {
            Sequences.reprLeave(ts, set);
        }
    }

    /** set_iterator: raises RuntimeError (once, then stays exhausted) if the set changes size. */
    public static PyObject iterator(PySet set) {
        return new PyIterator(ITERATOR) {
            private PySet so = set;
            private int expectedUsed = set.size();
            private int remaining = set.size();
            private int pos;

            @Override
            public PyObject next(ThreadState ts) {
                if (so == null) {
                    return null;
                }
                if (expectedUsed != so.size()) {
                    expectedUsed = -1;
                    throw Errors.runtimeError("Set changed size during iteration");
                }
                int j = so.nextSlot(pos);
                if (j < 0) {
                    so = null;
                    return null;
                }
                pos = j + 1;
                remaining--;
                return so.keyAt(j);
            }

            @Override
            public long lengthHint(ThreadState ts) {
                return so != null && expectedUsed == so.size() ? remaining : 0;
            }
        };
    }

    /** SET_UPDATE / set comprehension helper kept for codegen: adds every item of {@code iterable}. */
    public static void update(ThreadState ts, PySet set, PyObject iterable) {
        SetOps.update(ts, set, iterable);
    }
}
