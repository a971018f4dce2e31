package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.numeric.NumericHash;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PySlice;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;

/** The methods of {@code slice}, and slice-index arithmetic (PySlice_Unpack / PySlice_AdjustIndices). */
public final class SliceMethods {
    private SliceMethods() {
    }

    /** Resolved slice bounds for a sequence of some length: start, stop, step and item count. */
    public static final class Bounds {
        public final int start;
        public final int stop;
        public final int step;
        public final int length;

        Bounds(int start, int stop, int step, int length) {
            this.start = start;
            this.stop = stop;
            this.step = step;
            this.length = length;
        }
    }

    public static void define(TypeBuilder b) {
        b.staticMethod("__new__(type, /, *args, **kwargs)", (ts, a) -> {
            ArgChecks.noKeywords("slice", a[2]);
            PyObject[] args = ((PyTuple) a[1]).items;
            ArgChecks.positional("slice", args.length, 1, 3);
            return args.length == 1 ? new PySlice(PyNone.NONE, args[0], PyNone.NONE)
                    : new PySlice(args[0], args[1], args.length == 3 ? args[2] : PyNone.NONE);
        });
        b.readonlyMember("start", o -> ((PySlice) o).start);
        b.readonlyMember("stop", o -> ((PySlice) o).stop);
        b.readonlyMember("step", o -> ((PySlice) o).step);
        b.method("indices($self, length, /)", (ts, a) -> {
            int n = Abstract.asIndex(ts, a[1]);
            if (n < 0) {
                throw Errors.valueError("length should not be negative");
            }
            Bounds r = bounds(ts, (PySlice) a[0], n);
            return PyTuple.of(PyInt.of(r.start), PyInt.of(r.stop), PyInt.of(r.step));
        });
        b.method("__repr__($self, /)", (ts, a) -> {
            PySlice s = (PySlice) a[0];
            return PyStr.of("slice(" + Abstract.repr(ts, s.start) + ", " + Abstract.repr(ts, s.stop) + ", "
                    + Abstract.repr(ts, s.step) + ")");
        });
        String[] cmps = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmps.length; i++) {
            int op = i;
            // slice_richcompare: as the tuples (start, stop, step)
            b.method(cmps[i] + "($self, value, /)", (ts, a) -> {
                if (!(a[1] instanceof PySlice)) {
                    return org.krait.runtime.object.PyNotImplemented.NOT_IMPLEMENTED;
                }
                PySlice x = (PySlice) a[0];
                PySlice y = (PySlice) a[1];
                return Abstract.richCompare(ts, PyTuple.of(x.start, x.stop, x.step),
                        PyTuple.of(y.start, y.stop, y.step), op);
            });
        }
        b.method("__hash__($self, /)", (ts, a) -> {
            // hashable since 3.12 (slice_hash): tuplehash's lanes over start, stop, step, without the length step
            PySlice x = (PySlice) a[0];
            long acc = NumericHash.tupleStart();
            for (PyObject m : new PyObject[] {x.start, x.stop, x.step}) {
                acc = NumericHash.tupleStep(acc, Abstract.hash(ts, m));
            }
            return PyInt.of(acc == -1 ? 1546275796 : acc);
        });
    }

    /** _PyEval_SliceIndex: an int or an object with __index__, clamped. */
    static int sliceIndex(ThreadState ts, PyObject v) {
        if (!(v instanceof PyInt) && v.type().lookup("__index__") == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.asClampedIndex(ts, v);
    }

    /** The bounds of {@code s} applied to a sequence of {@code length} items. */
    public static Bounds bounds(ThreadState ts, PySlice s, int length) {
        int step = 1;
        if (s.step != PyNone.NONE) {
            step = sliceIndex(ts, s.step);
            if (step == 0) {
                throw Errors.valueError("slice step cannot be zero");
            }
            if (step == Integer.MIN_VALUE) {
                step = -Integer.MAX_VALUE;
            }
        }
        long start;
        long stop;
        if (s.start == PyNone.NONE) {
            start = step < 0 ? length - 1 : 0;
        } else {
            start = sliceIndex(ts, s.start);
            if (start < 0) {
                start += length;
                if (start < 0) {
                    start = step < 0 ? -1 : 0;
                }
            } else if (start >= length) {
                start = step < 0 ? length - 1 : length;
            }
        }
        if (s.stop == PyNone.NONE) {
            stop = step < 0 ? -1 : length;
        } else {
            stop = sliceIndex(ts, s.stop);
            if (stop < 0) {
                stop += length;
                if (stop < 0) {
                    stop = step < 0 ? -1 : 0;
                }
            } else if (stop >= length) {
                stop = step < 0 ? length - 1 : length;
            }
        }
        int count;
        if (step < 0) {
            count = stop < start ? (int) ((start - stop - 1) / (-step) + 1) : 0;
        } else {
            count = start < stop ? (int) ((stop - start - 1) / step + 1) : 0;
        }
        return new Bounds((int) start, (int) stop, step, count);
    }
}
