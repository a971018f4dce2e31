package org.krait.runtime.object;

import java.math.BigInteger;

/**
 * Python {@code range}: start, stop, step and the precomputed length, all arbitrary-size ints
 * (Objects/rangeobject.c). Behaviour is in types/RangeMethods.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", null, 0, null,
            org.krait.runtime.types.RangeMethods::define);

    public final PyInt start;
    public final PyInt stop;
    public final PyInt step;
    public final PyInt length;

    /** A range; {@code step} must not be zero. */
    public PyRange(PyInt start, PyInt stop, PyInt step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = lengthOf(start, stop, step);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** compute_range_length: {@code (hi - lo - 1) // step + 1} when the range is not empty. */
    static PyInt lengthOf(PyInt start, PyInt stop, PyInt step) {
        if (start.fitsLong() && stop.fitsLong() && step.fitsLong()) {
            long lo = start.value;
            long hi = stop.value;
            long st = step.value;
            if (st < 0) {
                lo = stop.value;
                hi = start.value;
            }
            if (lo >= hi) {
                return PyInt.ZERO;
            }
            if (st != Long.MIN_VALUE) {
                // hi - lo - 1 as unsigned cannot overflow 64 bits
                long diff = hi - lo - 1;
                long n = Long.divideUnsigned(diff, Math.abs(st)) + 1;
                if (n > 0) {
                    return PyInt.of(n);
                }
            }
        }
        BigInteger lo = start.toBig();
        BigInteger hi = stop.toBig();
        BigInteger st = step.toBig();
        if (st.signum() < 0) {
            BigInteger t = lo;
            lo = hi;
            hi = t;
            st = st.negate();
        }
        if (lo.compareTo(hi) >= 0) {
            return PyInt.ZERO;
        }
        return PyInt.of(hi.subtract(lo).subtract(BigInteger.ONE).divide(st).add(BigInteger.ONE));
    }

    /** start + i * step, for an index already known to be in range. */
    public PyInt item(BigInteger i) {
        return PyInt.of(start.toBig().add(i.multiply(step.toBig())));
    }
}
