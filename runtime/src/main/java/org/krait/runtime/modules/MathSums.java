package org.krait.runtime.modules;

import java.util.List;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.numeric.VectorNorm;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.ops.Iteration;
import org.krait.runtime.ops.Numbers;
import org.krait.runtime.types.IntMethods;
import org.krait.runtime.types.TypeMethods;

/**
 * The sums of the math module as CPython computes them: fsum (Shewchuk's exact partials with the
 * half-even fix-up), prod, sumprod (an int accumulator, a triple-length float accumulator, and
 * generic arithmetic for anything else), and hypot/dist through vector_norm (scaled, squared and
 * summed in double length, then a square root with a differential correction).
 */
final class MathSums {
    private MathSums() {
    }

    static void define(PyModule m) {
        m.def("fsum(seq, /)", (ts, a) -> new PyFloat(fsum(ts, a[0])));
        m.def("prod(iterable, /, *, start=1)", (ts, a) -> {
            PyObject result = a[1];
            PyObject it = Iteration.iter(ts, a[0]);
            for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
                result = Numbers.binaryOp(ts, Numbers.MULTIPLY, result, x);
            }
            return result;
        });
        m.def("sumprod(p, q, /)", (ts, a) -> sumprod(ts, a[0], a[1]));
        m.def("hypot(*coordinates)", (ts, a) -> {
            PyObject[] items = ((PyTuple) a[0]).items;
            double[] v = new double[items.length];
            for (int i = 0; i < items.length; i++) {
                v[i] = Math.abs(MathModule.asDouble(ts, items[i]));
            }
            return new PyFloat(VectorNorm.norm(v));
        });
        m.def("dist(p, q, /)", (ts, a) -> {
            List<PyObject> p = TypeMethods.toList(ts, a[0]);
            List<PyObject> q = TypeMethods.toList(ts, a[1]);
            if (p.size() != q.size()) {
                throw Errors.valueError("both points must have the same number of dimensions");
            }
            double[] v = new double[p.size()];
            for (int i = 0; i < v.length; i++) {
                double px = MathModule.asDouble(ts, p.get(i));
                double qx = MathModule.asDouble(ts, q.get(i));
                v[i] = Math.abs(px - qx);
            }
            return new PyFloat(VectorNorm.norm(v));
        });
    }

    // ---- fsum -----------------------------------------------------------------------------------

    private static double fsum(ThreadState ts, PyObject iterable) {
        PyObject it = Iteration.iter(ts, iterable);
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        for (PyObject item = Iteration.next(ts, it); item != null; item = Iteration.next(ts, it)) {
            double x = MathModule.asDouble(ts, item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    // from a nan or inf summand, or an intermediate overflow
                    if (Double.isFinite(xsave)) {
                        throw Errors.overflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == p.length) {
                        p = java.util.Arrays.copyOf(p, 2 * n);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Errors.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            // add the partials from the top while the sum stays exact
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                lo = y - (hi - x);
                if (lo != 0.0) {
                    break;
                }
            }
            // half-even rounding across partials: a lower partial may tip an exact tie
            if (n > 0 && (lo < 0.0 && p[n - 1] < 0.0 || lo > 0.0 && p[n - 1] > 0.0)) {
                double y = lo * 2.0;
                double x = hi + y;
                if (y == x - hi) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    // ---- sumprod --------------------------------------------------------------------------------

    /** A float total in triple length (Ogita, Rump and Oishi's SumKVert with K = 3). */
    private static final class TripleLength {
        double hi;
        double lo;
        double tiny;

        boolean fma(double x, double y) {
            double prHi = x * y;
            double prLo = Math.fma(x, y, -prHi);
            double smHi = hi + prHi;
            double smLo = twoSumLo(hi, prHi, smHi);
            double r1Hi = lo + prLo;
            double r1Lo = twoSumLo(lo, prLo, r1Hi);
            double r2Hi = r1Hi + smLo;
            double r2Lo = twoSumLo(r1Hi, smLo, r2Hi);
            if (!Double.isFinite(smHi)) {
                return false;
            }
            hi = smHi;
            lo = r2Hi;
            tiny = tiny + r1Lo + r2Lo;
            return true;
        }

        double value() {
            double lastHi = lo + hi;
            double lastLo = twoSumLo(lo, hi, lastHi);
            return tiny + lastLo + lastHi;
        }

        /** The rounding error of s = a + b (Knuth's TwoSum). */
        private static double twoSumLo(double a, double b, double s) {
            double z = s - a;
            return (a - (s - z)) + (b - z);
        }
    }

    private static boolean exactIntOrBool(PyObject o) {
        return o.getClass() == PyInt.class || o instanceof PyBool;
    }

    /**
     * math.sumprod: exact ints summed in a long while they fit, floats (and float/int pairs) in
     * triple length while finite; each accumulator is added to the total when its path ends, and
     * everything else goes through generic multiplication and addition.
     */
    private static PyObject sumprod(ThreadState ts, PyObject p, PyObject q) {
        PyObject pIt = Iteration.iter(ts, p);
        PyObject qIt = Iteration.iter(ts, q);
        PyObject total = PyInt.ZERO;
        boolean intPath = true;
        boolean fltPath = true;
        boolean intInUse = false;
        boolean fltInUse = false;
        long intTotal = 0;
        TripleLength flt = new TripleLength();
        while (true) {
            PyObject pi = Iteration.next(ts, pIt);
            PyObject qi = Iteration.next(ts, qIt);
            if ((pi == null) != (qi == null)) {
                throw Errors.valueError("Inputs are not the same length");
            }
            boolean finished = pi == null;
            if (intPath) {
                if (!finished && pi.getClass() == PyInt.class && qi.getClass() == PyInt.class
                        && ((PyInt) pi).fitsLong() && ((PyInt) qi).fitsLong()) {
                    long a = ((PyInt) pi).value;
                    long b = ((PyInt) qi).value;
                    long hiProd = Math.multiplyHigh(a, b);
                    long prod = a * b;
                    boolean fits = hiProd == 0 && prod >= 0 || hiProd == -1 && prod < 0;
                    if (fits && !(prod > 0 ? intTotal > Long.MAX_VALUE - prod : intTotal < Long.MIN_VALUE - prod)) {
                        intTotal += prod;
                        intInUse = true;
                        continue;
                    }
                }
                intPath = false;
                if (intInUse) {
                    total = Numbers.binaryOp(ts, Numbers.ADD, total, PyInt.of(intTotal));
                    intInUse = false;
                }
            }
            if (fltPath) {
                if (!finished) {
                    Double a = null;
                    Double b = null;
                    boolean pf = pi.getClass() == PyFloat.class;
                    boolean qf = qi.getClass() == PyFloat.class;
                    if (pf && qf) {
                        a = ((PyFloat) pi).value;
                        b = ((PyFloat) qi).value;
                    } else if (pf && exactIntOrBool(qi)) {
                        a = ((PyFloat) pi).value;
                        b = intAsDouble((PyInt) qi);
                    } else if (qf && exactIntOrBool(pi)) {
                        b = ((PyFloat) qi).value;
                        a = intAsDouble((PyInt) pi);
                    }
                    if (a != null && b != null && flt.fma(a, b)) {
                        fltInUse = true;
                        continue;
                    }
                }
                fltPath = false;
                if (fltInUse) {
                    total = Numbers.binaryOp(ts, Numbers.ADD, total, new PyFloat(flt.value()));
                    fltInUse = false;
                }
            }
            if (finished) {
                return total;
            }
            PyObject term = Numbers.binaryOp(ts, Numbers.MULTIPLY, pi, qi);
            total = Numbers.binaryOp(ts, Numbers.ADD, total, term);
        }
    }

    /** PyLong_AsDouble, or null when the int is too large (the float path then ends). */
    private static Double intAsDouble(PyInt v) {
        try {
            return IntMethods.toDouble(v);
        } catch (org.krait.runtime.exceptions.PyException e) {
            return null;
        }
    }
}
