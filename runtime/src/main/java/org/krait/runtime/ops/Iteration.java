package org.krait.runtime.ops;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyIterator;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyType;

/** The iterator protocol: {@code iter()}, {@code next()} and the {@code __getitem__} fallback. */
public final class Iteration {
    private static final PyType SEQ_ITERATOR = PyIterator.iteratorType("iterator");
    private static final PyType CALLABLE_ITERATOR = PyIterator.iteratorType("callable_iterator");

    private Iteration() {
    }

    /** A built-in iterator whose type is not a Python subclass (which may override __iter__/__next__). */
    public static boolean isPlainIterator(PyObject o) {
        return o instanceof PyIterator && ((PyIterator) o).isPlain();
    }

    /** {@code o} as a built-in iterator whose next() FOR_ITER may call directly, else null. */
    public static PyIterator plainIterator(PyObject o) {
        return isPlainIterator(o) ? (PyIterator) o : null;
    }

    /**
     * PyObject_GetIter. Lists, tuples and ranges here, where escape analysis can then keep their
     * iterators in registers; every other iterable out of line (ADR 0013), so that the types one
     * program iterates do not all get inlined at every loop of it.
     */
    public static PyObject iter(ThreadState ts, PyObject v) {
        if (isPlainIterator(v)) {
            return v;
        }
        if (v.getClass() == org.krait.runtime.object.PyList.class) {
            return org.krait.runtime.types.ListMethods.iterator((org.krait.runtime.object.PyList) v);
        }
        if (v.getClass() == org.krait.runtime.object.PyTuple.class) {
            return org.krait.runtime.types.TupleMethods.iterator(((org.krait.runtime.object.PyTuple) v).items);
        }
        if (v.getClass() == org.krait.runtime.object.PyRange.class) {
            return org.krait.runtime.types.RangeMethods.iterator((org.krait.runtime.object.PyRange) v);
        }
        return OutOfLine.iter(ts, v);
    }

    /** {@link #iter} of anything but a list, tuple, range or iterator. */
    static PyObject iterGeneral(ThreadState ts, PyObject v) {
        // exact built-in containers: their __iter__ without the lookup
        if (v.getClass() == PyStr.class) {
            return org.krait.runtime.types.StrMethods.iterator(((PyStr) v).value());
        }
        if (v.getClass() == org.krait.runtime.object.PyDict.class) {
            return org.krait.runtime.types.DictViews.iterator((org.krait.runtime.object.PyDict) v,
                    org.krait.runtime.types.DictViews.KEYS);
        }
        if (v.getClass() == org.krait.runtime.object.PySet.class) {
            return org.krait.runtime.types.SetMethods.iterator((org.krait.runtime.object.PySet) v);
        }
        PyType t = v.type();
        PyObject iterMethod = t.lookup("__iter__");
        if (iterMethod != null && iterMethod != PyNone.NONE) {
            PyObject it = Calls.callSpecial(ts, v, "__iter__");
            if (!(it instanceof PyIterator) && it.type().lookup("__next__") == null) {
                throw Errors.typeError("iter() returned non-iterator of type '" + it.type().name() + "'");
            }
            return it;
        }
        if (iterMethod == null && t.lookup("__getitem__") != null) {
            return new SequenceIterator(v);
        }
        throw Errors.typeError("'" + t.name() + "' object is not iterable");
    }

    /** The next item, or null when the iterator is exhausted (StopIteration is absorbed). */
    public static PyObject next(ThreadState ts, PyObject it) {
        if (isPlainIterator(it)) {
            return ((PyIterator) it).next(ts);
        }
        PyObject m = it.type().lookup("__next__");
        if (m == null) {
            throw Errors.typeError("'" + it.type().name() + "' object is not an iterator");
        }
        try {
            return Calls.callSpecial(ts, it, "__next__");
        } catch (PyException e) {
            if (e.value.matches(ExceptionTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code iter(callable, sentinel)}. */
    public static PyObject callableIterator(PyObject callable, PyObject sentinel) {
        return new PyIterator(CALLABLE_ITERATOR) {
            private boolean done;

            @Override
            public PyObject next(ThreadState ts) {
                if (done) {
                    return null;
                }
                PyObject v;
                try {
                    v = Calls.call(ts, callable);
                } catch (PyException e) {
                    if (e.value.matches(ExceptionTypes.STOP_ITERATION)) {
                        done = true;
                        return null;
                    }
                    throw e;
                }
                if (Abstract.richCompareBool(ts, v, sentinel, Abstract.EQ)) {
                    done = true;
                    return null;
                }
                return v;
            }
        };
    }

    /** The old sequence protocol: {@code obj[0]}, {@code obj[1]}, … until IndexError. */
    static final class SequenceIterator extends PyIterator {
        private PyObject seq;
        private long index;

        SequenceIterator(PyObject seq) {
            super(SEQ_ITERATOR);
            this.seq = seq;
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (seq == null) {
                return null;
            }
            try {
                return Subscripts.getitem(ts, seq, PyInt.of(index++));
            } catch (PyException e) {
                if (e.value.matches(ExceptionTypes.INDEX_ERROR) || e.value.matches(ExceptionTypes.STOP_ITERATION)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }
    }
}
