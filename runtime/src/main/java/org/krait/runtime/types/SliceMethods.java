package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
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
        b.staticMethod("__new__(type, start, stop=?, step=?, /)", (ts, a) -> a[2] == null
                ? new PySlice(PyNone.NONE, a[1], PyNone.NONE)
                : new PySlice(a[1], a[2], a[3] == null ? PyNone.NONE : a[3]));
        b.getter("start", o -> ((PySlice) o).start);
        b.getter("stop", o -> ((PySlice) o).stop);
        b.getter("step", o -> ((PySlice) o).step);
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
        b.method("__eq__($self, value, /)", (ts, a) -> {
            if (!(a[1] instanceof PySlice)) {
                return org.krait.runtime.object.PyNotImplemented.NOT_IMPLEMENTED;
            }
            PySlice x = (PySlice) a[0];
            PySlice y = (PySlice) a[1];
            return Abstract.richCompare(ts, PyTuple.of(x.start, x.stop, x.step), PyTuple.of(y.start, y.stop, y.step),
                    Abstract.EQ);
        });
        b.attr("__hash__", PyNone.NONE);
    }

    /** _PyEval_SliceIndex: an index-like slice bound, clamped to the int range. */
    private static int sliceIndex(ThreadState ts, PyObject o) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.asClampedIndex(ts, o);
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
