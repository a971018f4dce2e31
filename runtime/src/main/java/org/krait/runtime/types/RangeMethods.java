package org.krait.runtime.types;

import java.math.BigInteger;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyIterator;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyRange;
import org.krait.runtime.object.PySlice;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Iteration;

/** The methods of {@code range} and its iterators (Objects/rangeobject.c). */
public final class RangeMethods {
    private static final PyType ITERATOR = PyIterator.sizedIteratorType("range_iterator");
    private static final PyType LONG_ITERATOR = PyIterator.sizedIteratorType("longrange_iterator");

    private RangeMethods() {
    }

    static PyRange r(PyObject o) {
        return (PyRange) o;
    }

    public static void define(TypeBuilder b) {
        b.staticMethod("__new__(type, /, *args, **kwargs)", (ts, a) -> {
            ArgChecks.noKeywords("range", a[2]);
            return create(ts, ((PyTuple) a[1]).items);
        });
        b.readonlyMember("start", o -> r(o).start);
        b.readonlyMember("stop", o -> r(o).stop);
        b.readonlyMember("step", o -> r(o).step);
        b.method("__len__($self, /)", (ts, a) -> {
            PyInt n = r(a[0]).length;
            if (!n.fitsLong()) {
                throw Errors.overflowError("Python int too large to convert to C ssize_t");
            }
            return n;
        });
        b.method("__bool__($self, /)", (ts, a) -> PyBool.of(r(a[0]).length.signum() != 0));
        b.method("__getitem__($self, key, /)", (ts, a) -> getitem(ts, r(a[0]), a[1]));
        b.method("__contains__($self, key, /)", (ts, a) -> PyBool.of(contains(ts, r(a[0]), a[1])));
        b.method("__iter__($self, /)", (ts, a) -> iterator(r(a[0])));
        b.method("__reversed__($self, /)", (ts, a) -> {
            PyRange self = r(a[0]);
            // last item first, stepping back: start + (len - 1) * step, step -> -step
            BigInteger len = self.length.toBig();
            PyInt last = len.signum() == 0 ? self.start : self.item(len.subtract(BigInteger.ONE));
            return iterator(last, PyInt.of(self.step.toBig().negate()), self.length, true);
        });
        b.method("count($self, value, /)", (ts, a) -> {
            if (isExactInt(a[1])) {
                return PyInt.of(containsInt(r(a[0]), (PyInt) a[1]) ? 1 : 0);
            }
            long n = 0;
            PyObject it = Iteration.iter(ts, a[0]);
            for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
                if (Abstract.richCompareBool(ts, x, a[1], Abstract.EQ)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        b.method("index($self, value, /)", (ts, a) -> {
            PyRange self = r(a[0]);
            if (isExactInt(a[1])) {
                PyInt v = (PyInt) a[1];
                if (!containsInt(self, v)) {
                    throw Errors.valueError(Abstract.repr(ts, v) + " is not in range");
                }
                return PyInt.of(v.toBig().subtract(self.start.toBig()).divide(self.step.toBig()));
            }
            long i = 0;
            PyObject it = Iteration.iter(ts, a[0]);
            for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it), i++) {
                if (Abstract.richCompareBool(ts, x, a[1], Abstract.EQ)) {
                    return PyInt.of(i);
                }
            }
            throw Errors.valueError("sequence.index(x): x not in sequence");
        });
        b.method("__eq__($self, value, /)", (ts, a) -> a[1] instanceof PyRange
                ? PyBool.of(equal(r(a[0]), r(a[1]))) : PyNotImplemented.NOT_IMPLEMENTED);
        b.method("__ne__($self, value, /)", (ts, a) -> a[1] instanceof PyRange
                ? PyBool.of(!equal(r(a[0]), r(a[1]))) : PyNotImplemented.NOT_IMPLEMENTED);
        b.method("__hash__($self, /)", (ts, a) -> {
            // range_hash: hash((len, start, step)) with None for what does not matter
            PyRange self = r(a[0]);
            int n = self.length.signum() == 0 ? 0 : self.length.fitsLong() && self.length.value == 1 ? 1 : 2;
            PyObject start = n == 0 ? PyNone.NONE : self.start;
            PyObject step = n < 2 ? PyNone.NONE : self.step;
            return PyInt.of(TupleMethods.hash(ts, new PyObject[] {self.length, start, step}));
        });
        b.method("__repr__($self, /)", (ts, a) -> {
            PyRange self = r(a[0]);
            String s = "range(" + IntMethods.toDecimalString(ts, self.start) + ", " + IntMethods.toDecimalString(ts, self.stop);
            if (!(self.step.fitsLong() && self.step.value == 1)) {
                s += ", " + IntMethods.toDecimalString(ts, self.step);
            }
            return PyStr.of(s + ")");
        });
        b.method("__reduce__($self, /)", (ts, a) -> PyTuple.of(PyRange.TYPE,
                PyTuple.of(r(a[0]).start, r(a[0]).stop, r(a[0]).step)));
    }

    /** range_new: range(stop) or range(start, stop[, step]), each through __index__. */
    static PyRange create(ThreadState ts, PyObject[] args) {
        if (args.length == 0) {
            throw Errors.typeError("range expected at least 1 argument, got 0");
        }
        if (args.length > 3) {
            throw Errors.typeError("range expected at most 3 arguments, got " + args.length);
        }
        if (args.length == 1) {
            return new PyRange(PyInt.ZERO, plainIndex(ts, args[0]), PyInt.ONE);
        }
        PyInt start = plainIndex(ts, args[0]);
        PyInt stop = plainIndex(ts, args[1]);
        PyInt step = PyInt.ONE;
        if (args.length == 3) {
            step = plainIndex(ts, args[2]);
            if (step.signum() == 0) {
                throw Errors.valueError("range() arg 3 must not be zero");
            }
        }
        return new PyRange(start, stop, step);
    }

    /** PyNumber_Index, with bool and int subclasses reduced to plain ints (as range stores them). */
    private static PyInt plainIndex(ThreadState ts, PyObject o) {
        PyInt i = Abstract.index(ts, o);
        return i.getClass() == PyInt.class ? i : i.fitsLong() ? PyInt.of(i.value) : PyInt.of(i.toBig());
    }

    static boolean isExactInt(PyObject o) {
        return o.getClass() == PyInt.class || o.getClass() == PyBool.class;
    }

    /** range_contains_long: inside the bounds and on the stride. */
    static boolean containsInt(PyRange r, PyInt v) {
        if (v.fitsLong() && r.start.fitsLong() && r.stop.fitsLong() && r.step.fitsLong()) {
            long x = v.value;
            long start = r.start.value;
            long step = r.step.value;
            boolean inside = step > 0 ? start <= x && x < r.stop.value : x <= start && r.stop.value < x;
            if (!inside) {
                return false;
            }
            if (step == 1 || step == -1) {
                return true;
            }
            // x and start lie on the same side of stop, so x - start fits unless step is huge
            if (step != Long.MIN_VALUE) {
                return Long.remainderUnsigned(step > 0 ? x - start : start - x, Math.abs(step)) == 0;
            }
        }
        BigInteger x = v.toBig();
        BigInteger start = r.start.toBig();
        BigInteger stop = r.stop.toBig();
        BigInteger step = r.step.toBig();
        boolean inside = step.signum() > 0 ? start.compareTo(x) <= 0 && x.compareTo(stop) < 0
                : x.compareTo(start) <= 0 && stop.compareTo(x) < 0;
        return inside && x.subtract(start).mod(step.abs()).signum() == 0;
    }

    static boolean contains(ThreadState ts, PyRange r, PyObject v) {
        if (isExactInt(v)) {
            return containsInt(r, (PyInt) v);
        }
        PyObject it = Iteration.iter(ts, r);
        for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
            if (Abstract.richCompareBool(ts, x, v, Abstract.EQ)) {
                return true;
            }
        }
        return false;
    }

    /** range_equals: equal as sequences (length, then first item, then step when there are two or more). */
    static boolean equal(PyRange a, PyRange b) {
        if (a == b) {
            return true;
        }
        BigInteger len = a.length.toBig();
        if (!len.equals(b.length.toBig())) {
            return false;
        }
        if (len.signum() == 0) {
            return true;
        }
        if (!a.start.toBig().equals(b.start.toBig())) {
            return false;
        }
        return len.equals(BigInteger.ONE) || a.step.toBig().equals(b.step.toBig());
    }

    static PyObject getitem(ThreadState ts, PyRange self, PyObject key) {
        if (key instanceof PySlice) {
            return slice(ts, self, (PySlice) key);
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw Errors.typeError("range indices must be integers or slices, not " + key.type().name());
        }
        BigInteger i = Abstract.index(ts, key).toBig();
        BigInteger len = self.length.toBig();
        if (i.signum() < 0) {
            i = i.add(len);
        }
        if (i.signum() < 0 || i.compareTo(len) >= 0) {
            throw Errors.indexError("range object index out of range");
        }
        return self.item(i);
    }

    /** compute_slice with _PySlice_GetLongIndices: slice bounds as arbitrary-size ints. */
    private static PyRange slice(ThreadState ts, PyRange self, PySlice s) {
        BigInteger length = self.length.toBig();
        BigInteger step = BigInteger.ONE;
        if (s.step != PyNone.NONE) {
            step = sliceIndex(ts, s.step);
            if (step.signum() == 0) {
                throw Errors.valueError("slice step cannot be zero");
            }
        }
        boolean negative = step.signum() < 0;
        BigInteger lower = negative ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = negative ? length.add(lower) : length;
        BigInteger start = clampSliceIndex(ts, s.start, negative ? upper : lower, length, lower, upper);
        BigInteger stop = clampSliceIndex(ts, s.stop, negative ? lower : upper, length, lower, upper);
        BigInteger rstep = self.step.toBig();
        BigInteger rstart = self.start.toBig();
        return new PyRange(PyInt.of(rstart.add(start.multiply(rstep))), PyInt.of(rstart.add(stop.multiply(rstep))),
                PyInt.of(rstep.multiply(step)));
    }

    private static BigInteger clampSliceIndex(ThreadState ts, PyObject v, BigInteger dflt, BigInteger length,
            BigInteger lower, BigInteger upper) {
        if (v == PyNone.NONE) {
            return dflt;
        }
        BigInteger x = sliceIndex(ts, v);
        if (x.signum() < 0) {
            x = x.add(length);
            return x.compareTo(lower) < 0 ? lower : x;
        }
        return x.compareTo(upper) > 0 ? upper : x;
    }

    private static BigInteger sliceIndex(ThreadState ts, PyObject v) {
        if (!(v instanceof PyInt) && v.type().lookup("__index__") == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.index(ts, v).toBig();
    }

    /** range_iter: the long-based iterator when start, step and length fit, else the big one. */
    /** range.__iter__. */
    public static PyObject iterator(PyRange self) {
        return iterator(self.start, self.step, self.length, self.stop.fitsLong());
    }

    static PyObject iterator(PyInt start, PyInt step, PyInt length, boolean stopFits) {
        if (stopFits && start.fitsLong() && step.fitsLong() && length.fitsLong()) {
            return new PyIterator(ITERATOR) {
                private long next = start.value;
                private long remaining = length.value;

                @Override
                public PyObject next(ThreadState ts) {
                    if (remaining <= 0) {
                        return null;
                    }
                    long v = next;
                    next += step.value;
                    remaining--;
                    return PyInt.of(v);
                }

                @Override
                public long lengthHint(ThreadState ts) {
                    return remaining;
                }
            };
        }
        return new PyIterator(LONG_ITERATOR) {
            private BigInteger next = start.toBig();
            private BigInteger remaining = length.toBig();

            @Override
            public PyObject next(ThreadState ts) {
                if (remaining.signum() <= 0) {
                    return null;
                }
                BigInteger v = next;
                next = next.add(step.toBig());
                remaining = remaining.subtract(BigInteger.ONE);
                return PyInt.of(v);
            }

            @Override
            public long lengthHint(ThreadState ts) {
                if (remaining.bitLength() > 63) {
                    throw Errors.overflowError("Python int too large to convert to C ssize_t");
                }
                return remaining.longValue();
            }
        };
    }
}
