package org.krait.runtime.object;

import org.krait.runtime.types.IntMethods;

import java.math.BigInteger;

/**
 * Python {@code int}: a {@code long} when the value fits, else a {@code BigInteger} ({@code big}
 * non-null exactly when it does not fit). Small ints −5…256 are immortal (PEP 683).
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", null, PyType.BASETYPE, null, IntMethods::define);
    private static final int SMALL_MIN = -5;
    private static final int SMALL_MAX = 256;
    private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];

    static {
        for (int i = SMALL_MIN; i <= SMALL_MAX; i++) {
            SMALL[i - SMALL_MIN] = new PyInt(i);
        }
    }

    public static final PyInt ZERO = of(0);
    public static final PyInt ONE = of(1);

    public final long value;
    public final BigInteger big;

    protected PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    protected PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    /** A copy of v's value (for subclass instances: keeps {@code big == null} exactly when it fits). */
    protected PyInt(PyInt v) {
        this.value = v.value;
        this.big = v.big;
    }

    public static PyInt of(long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) {
            return SMALL[(int) v - SMALL_MIN];
        }
        return new PyInt(v);
    }

    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) {
            return of(v.longValue());
        }
        return new PyInt(v);
    }

    /** A Long or a BigInteger (the numeric library's results) as an int. */
    public static PyInt of(Number v) {
        return v instanceof BigInteger ? of((BigInteger) v) : of(v.longValue());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean fitsLong() {
        return big == null;
    }

    public BigInteger toBig() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /** Instances of Python subclasses of int. */
    public static final class Derived extends PyInt {
        private final PyType type;
        private final PyDict dict = new PyDict();

        public Derived(PyType type, PyInt v) {
            super(v);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict instanceDict() {
            return dict;
        }
    }
}
