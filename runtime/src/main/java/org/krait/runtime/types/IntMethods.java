package org.krait.runtime.types;

import java.math.BigInteger;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Numbers;

/** The methods of {@code int} (Objects/longobject.c); arithmetic on {@code long} with BigInteger overflow. */
public final class IntMethods {
    private static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(HASH_MODULUS);

    private IntMethods() {
    }

    public static void define(TypeBuilder b) {
        String[] ops = {"add", "and", "floordiv", "lshift", null, "mul", "mod", "or", null, "rshift", "sub", "truediv",
            "xor"};
        for (int i = 0; i < ops.length; i++) {
            if (ops[i] == null) {
                continue;
            }
            int op = i;
            b.method("__" + ops[i] + "__($self, value, /)", (ts, a) -> binarySlot(op, a[0], a[1], false));
            b.method("__r" + ops[i] + "__($self, value, /)", (ts, a) -> binarySlot(op, a[0], a[1], true));
        }
        b.method("__pow__($self, value, mod=None, /)", (ts, a) -> pow(ts, a[0], a[1], a[2], false));
        b.method("__rpow__($self, value, mod=None, /)", (ts, a) -> pow(ts, a[0], a[1], a[2], true));
        b.method("__divmod__($self, value, /)", (ts, a) -> divmodSlot(a[0], a[1], false));
        b.method("__rdivmod__($self, value, /)", (ts, a) -> divmodSlot(a[0], a[1], true));
        String[] cmps = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmps.length; i++) {
            int op = i;
            b.method(cmps[i] + "($self, value, /)", (ts, a) -> a[1] instanceof PyInt
                    ? PyBool.of(compare((PyInt) a[0], (PyInt) a[1], op)) : PyNotImplemented.NOT_IMPLEMENTED);
        }
        b.method("__neg__($self, /)", (ts, a) -> negate(exact(a[0])));
        b.method("__pos__($self, /)", (ts, a) -> exact(a[0]));
        b.method("__abs__($self, /)", (ts, a) -> exact(a[0]).signum() < 0 ? negate(exact(a[0])) : exact(a[0]));
        b.method("__invert__($self, /)", (ts, a) -> invert(exact(a[0])));
        b.method("__bool__($self, /)", (ts, a) -> PyBool.of(((PyInt) a[0]).signum() != 0));
        b.method("__int__($self, /)", (ts, a) -> exact(a[0]));
        b.method("__index__($self, /)", (ts, a) -> exact(a[0]));
        b.method("__trunc__($self, /)", (ts, a) -> exact(a[0]));
        b.method("__floor__($self, /)", (ts, a) -> exact(a[0]));
        b.method("__ceil__($self, /)", (ts, a) -> exact(a[0]));
        b.method("__float__($self, /)", (ts, a) -> new PyFloat(toDouble((PyInt) a[0])));
        b.method("__hash__($self, /)", (ts, a) -> PyInt.of(hash((PyInt) a[0])));
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(toDecimalString((PyInt) a[0])));
        b.method("__round__($self, ndigits=None, /)", (ts, a) -> round(ts, exact(a[0]), a[1]));
        b.method("__getnewargs__($self, /)", (ts, a) -> PyTuple.of(exact(a[0])));
        b.method("conjugate($self, /)", (ts, a) -> exact(a[0]));
        b.method("bit_length($self, /)", (ts, a) -> PyInt.of(((PyInt) a[0]).toBig().abs().bitLength()));
        b.method("bit_count($self, /)", (ts, a) -> PyInt.of(((PyInt) a[0]).toBig().abs().bitCount()));
        b.method("is_integer($self, /)", (ts, a) -> PyBool.TRUE);
        b.method("as_integer_ratio($self, /)", (ts, a) -> PyTuple.of(exact(a[0]), PyInt.ONE));
        b.getter("real", o -> exact(o));
        b.getter("imag", o -> PyInt.ZERO);
        b.getter("numerator", o -> exact(o));
        b.getter("denominator", o -> PyInt.ONE);
        b.staticMethod("__new__(type, x=?, /, base=?)", IntNew::newInt);
    }

    /** {@code int(self)} for subclasses and bools: the plain int with the same value. */
    /** long_round: negative ndigits round to a multiple of 10**-ndigits, halves to even (_PyLong_DivmodNear). */
    static PyInt round(ThreadState ts, PyInt self, PyObject ndigits) {
        if (ndigits == org.krait.runtime.object.PyNone.NONE) {
            return self;
        }
        PyInt n = org.krait.runtime.ops.Abstract.index(ts, ndigits);
        if (n.signum() >= 0) {
            return self;
        }
        BigInteger a = self.toBig();
        if (!n.fitsLong() || -n.value > a.abs().bitLength() / 3 + 2) {
            return PyInt.ZERO; // 10**-ndigits is more than twice |self|
        }
        BigInteger m = BigInteger.TEN.pow((int) -n.value);
        BigInteger[] qr = a.divideAndRemainder(m);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(m);
        }
        int c = r.shiftLeft(1).compareTo(m);
        if (c > 0 || c == 0 && q.testBit(0)) {
            r = r.subtract(m);
        }
        return PyInt.of(a.subtract(r));
    }

    static PyInt exact(PyObject o) {
        PyInt i = (PyInt) o;
        if (i.getClass() == PyInt.class) {
            return i;
        }
        return i.fitsLong() ? PyInt.of(i.value) : PyInt.of(i.toBig());
    }

    private static PyObject binarySlot(int op, PyObject self, PyObject other, boolean reflected) {
        if (!(other instanceof PyInt)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyInt a = (PyInt) (reflected ? other : self);
        PyInt b = (PyInt) (reflected ? self : other);
        PyObject r = binary(op, a, b);
        return r != null ? r : binaryBig(op, a, b);
    }

    /** The fast path for two ints fitting a long; null means "take the general path". */
    public static PyObject binary(int op, PyInt a, PyInt b) {
        if (a.big != null || b.big != null) {
            return binaryBig(op, a, b);
        }
        long x = a.value;
        long y = b.value;
        switch (op) {
            case Numbers.ADD: {
                long r = x + y;
                return ((x ^ r) & (y ^ r)) < 0 ? PyInt.of(BigInteger.valueOf(x).add(BigInteger.valueOf(y))) : PyInt.of(r);
            }
            case Numbers.SUBTRACT: {
                long r = x - y;
                return ((x ^ y) & (x ^ r)) < 0 ? PyInt.of(BigInteger.valueOf(x).subtract(BigInteger.valueOf(y)))
                        : PyInt.of(r);
            }
            case Numbers.MULTIPLY: {
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                if (hi == 0 && lo >= 0 || hi == -1 && lo < 0) {
                    return PyInt.of(lo);
                }
                return PyInt.of(BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)));
            }
            case Numbers.FLOOR_DIVIDE:
                if (y == 0) {
                    throw Errors.zeroDivision("integer division or modulo by zero");
                }
                if (x == Long.MIN_VALUE && y == -1) {
                    return PyInt.of(BigInteger.valueOf(x).negate());
                }
                return PyInt.of(Math.floorDiv(x, y));
            case Numbers.REMAINDER:
                if (y == 0) {
                    throw Errors.zeroDivision("integer modulo by zero");
                }
                return PyInt.of(y == -1 ? 0 : Math.floorMod(x, y));
            case Numbers.AND:
                return PyInt.of(x & y);
            case Numbers.OR:
                return PyInt.of(x | y);
            case Numbers.XOR:
                return PyInt.of(x ^ y);
            case Numbers.TRUE_DIVIDE:
                if (y == 0) {
                    throw Errors.zeroDivision("division by zero");
                }
                if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
                    return new PyFloat((double) x / (double) y);
                }
                return binaryBig(op, a, b);
            case Numbers.LSHIFT:
                if (y < 0) {
                    throw Errors.valueError("negative shift count");
                }
                if (y < 63 && x == (x << y) >> y) {
                    return PyInt.of(x << y);
                }
                return binaryBig(op, a, b);
            case Numbers.RSHIFT:
                if (y < 0) {
                    throw Errors.valueError("negative shift count");
                }
                return PyInt.of(x >> Math.min(y, 63));
            case Numbers.POWER:
                if (y >= 0) {
                    return PyInt.of(BigInteger.valueOf(x).pow(checkedExponent(y)));
                }
                return null;
            default:
                return null;
        }
    }

    private static int checkedExponent(long y) {
        if (y > Integer.MAX_VALUE) {
            throw Errors.raise(org.krait.runtime.exceptions.ExceptionTypes.MEMORY_ERROR, "");
        }
        return (int) y;
    }

    private static PyObject binaryBig(int op, PyInt a, PyInt b) {
        BigInteger x = a.toBig();
        BigInteger y = b.toBig();
        switch (op) {
            case Numbers.ADD:
                return PyInt.of(x.add(y));
            case Numbers.SUBTRACT:
                return PyInt.of(x.subtract(y));
            case Numbers.MULTIPLY:
                return PyInt.of(x.multiply(y));
            case Numbers.FLOOR_DIVIDE:
            case Numbers.REMAINDER: {
                if (y.signum() == 0) {
                    throw Errors.zeroDivision(op == Numbers.REMAINDER ? "integer modulo by zero"
                            : "integer division or modulo by zero");
                }
                BigInteger[] qr = floorDivMod(x, y);
                return PyInt.of(qr[op == Numbers.REMAINDER ? 1 : 0]);
            }
            case Numbers.AND:
                return PyInt.of(x.and(y));
            case Numbers.OR:
                return PyInt.of(x.or(y));
            case Numbers.XOR:
                return PyInt.of(x.xor(y));
            case Numbers.LSHIFT:
                if (y.signum() < 0) {
                    throw Errors.valueError("negative shift count");
                }
                return PyInt.of(x.shiftLeft(checkedExponent(y.longValueExact())));
            case Numbers.RSHIFT:
                if (y.signum() < 0) {
                    throw Errors.valueError("negative shift count");
                }
                return PyInt.of(y.bitLength() > 31 ? BigInteger.valueOf(x.signum() < 0 ? -1 : 0) : x.shiftRight(y.intValue()));
            case Numbers.TRUE_DIVIDE:
                if (y.signum() == 0) {
                    throw Errors.zeroDivision("division by zero");
                }
                return new PyFloat(new java.math.BigDecimal(x).divide(new java.math.BigDecimal(y),
                        java.math.MathContext.DECIMAL128).doubleValue());
            case Numbers.POWER:
                if (y.signum() >= 0) {
                    return PyInt.of(x.pow(checkedExponent(y.longValueExact())));
                }
                return null;
            default:
                return null;
        }
    }

    static BigInteger[] floorDivMod(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(y);
        }
        return qr;
    }

    private static PyObject divmodSlot(PyObject self, PyObject other, boolean reflected) {
        if (!(other instanceof PyInt)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyInt a = (PyInt) (reflected ? other : self);
        PyInt b = (PyInt) (reflected ? self : other);
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        BigInteger[] qr = floorDivMod(a.toBig(), b.toBig());
        return PyTuple.of(PyInt.of(qr[0]), PyInt.of(qr[1]));
    }

    private static PyObject pow(ThreadState ts, PyObject self, PyObject other, PyObject mod, boolean reflected) {
        if (!(other instanceof PyInt)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyInt a = (PyInt) (reflected ? other : self);
        PyInt b = (PyInt) (reflected ? self : other);
        if (mod != null && mod != org.krait.runtime.object.PyNone.NONE) {
            if (!(mod instanceof PyInt)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            BigInteger m = ((PyInt) mod).toBig();
            if (m.signum() == 0) {
                throw Errors.valueError("pow() 3rd argument cannot be 0");
            }
            BigInteger base = a.toBig();
            BigInteger e = b.toBig();
            BigInteger am = m.abs();
            if (e.signum() < 0) {
                try {
                    base = base.modInverse(am);
                } catch (ArithmeticException ex) {
                    throw Errors.valueError("base is not invertible for the given modulus");
                }
                e = e.negate();
            }
            BigInteger r = base.modPow(e, am);
            if (m.signum() < 0 && r.signum() != 0) {
                r = r.add(m);
            }
            return PyInt.of(r);
        }
        if (b.signum() < 0) {
            double x = toDouble(a);
            if (x == 0) {
                throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return new PyFloat(Math.pow(x, toDouble(b)));
        }
        PyObject r = binary(Numbers.POWER, a, b);
        return r != null ? r : binaryBig(Numbers.POWER, a, b);
    }

    public static PyInt negate(PyInt v) {
        if (v.big == null && v.value != Long.MIN_VALUE) {
            return PyInt.of(-v.value);
        }
        return PyInt.of(v.toBig().negate());
    }

    public static PyInt invert(PyInt v) {
        if (v.big == null) {
            return PyInt.of(~v.value);
        }
        return PyInt.of(v.big.not());
    }

    public static boolean compare(PyInt a, PyInt b, int op) {
        int c = a.big == null && b.big == null ? Long.compare(a.value, b.value) : a.toBig().compareTo(b.toBig());
        switch (op) {
            case Abstract.LT:
                return c < 0;
            case Abstract.LE:
                return c <= 0;
            case Abstract.EQ:
                return c == 0;
            case Abstract.NE:
                return c != 0;
            case Abstract.GT:
                return c > 0;
            default:
                return c >= 0;
        }
    }

    /** hash(int): the value modulo 2**61 - 1 with the sign kept, -1 mapped to -2 (Python/pyhash.c). */
    public static long hash(PyInt v) {
        long h;
        if (v.big == null) {
            long x = v.value;
            if (x == Long.MIN_VALUE) {
                h = -(BigInteger.valueOf(x).negate().mod(BIG_MODULUS).longValue());
            } else {
                long m = Math.abs(x) % HASH_MODULUS;
                h = x < 0 ? -m : m;
            }
        } else {
            long m = v.big.abs().mod(BIG_MODULUS).longValue();
            h = v.big.signum() < 0 ? -m : m;
        }
        return h == -1 ? -2 : h;
    }

    public static String toDecimalString(PyInt v) {
        if (v.big == null) {
            return Long.toString(v.value);
        }
        if (v.big.bitLength() > 14300) {
            IntNew.checkStrDigits(v.big);
        }
        return v.big.toString();
    }

    /** int → float, correctly rounded; OverflowError when too large. */
    public static double toDouble(PyInt v) {
        if (v.big == null) {
            return (double) v.value;
        }
        double d = v.big.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("int too large to convert to float");
        }
        return d;
    }

    static PyType type() {
        return PyInt.TYPE;
    }
}
