package org.krait.runtime.types;

import java.math.BigInteger;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.numeric.FormatSpec;
import org.krait.runtime.numeric.IntMath;
import org.krait.runtime.numeric.IntText;
import org.krait.runtime.numeric.NumericError;
import org.krait.runtime.numeric.NumericHash;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Numbers;

/**
 * The methods of {@code int} (Objects/longobject.c). The arithmetic itself is the numeric
 * library's ({@link IntMath}, {@link IntText}); this class binds it to Python objects, with a
 * {@code long} fast path, and turns library errors into Python exceptions.
 */
public final class IntMethods {
    /** The binary operators int defines, by BINARY_OP number (null: not an int operator). */
    private static final String[] OPERATORS = {"add", "and", "floordiv", "lshift", null, "mul", "mod", "or", null,
        "rshift", "sub", "truediv", "xor"};
    private static final String[] COMPARISONS = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    /** The largest number of 30-bit digits CPython can allocate for an int (MAX_LONG_DIGITS). */
    private static final long MAX_LONG_DIGITS = (Long.MAX_VALUE - 24) / 4;

    private IntMethods() {
    }

    public static void define(TypeBuilder b) {
        for (int i = 0; i < OPERATORS.length; i++) {
            if (OPERATORS[i] != null) {
                int op = i;
                b.method("__" + OPERATORS[i] + "__($self, value, /)", (ts, a) -> slot(op, a[0], a[1], false));
                b.method("__r" + OPERATORS[i] + "__($self, value, /)", (ts, a) -> slot(op, a[0], a[1], true));
            }
        }
        b.method("__pow__($self, value, mod=None, /)", (ts, a) -> powSlot(a[0], a[1], a[2], false));
        b.method("__rpow__($self, value, mod=None, /)", (ts, a) -> powSlot(a[0], a[1], a[2], true));
        b.method("__divmod__($self, value, /)", (ts, a) -> divmodSlot(a[0], a[1], false));
        b.method("__rdivmod__($self, value, /)", (ts, a) -> divmodSlot(a[0], a[1], true));
        for (int i = 0; i < COMPARISONS.length; i++) {
            int op = i;
            b.method(COMPARISONS[i] + "($self, value, /)", (ts, a) -> a[1] instanceof PyInt
                    ? PyBool.of(compare((PyInt) a[0], (PyInt) a[1], op)) : PyNotImplemented.NOT_IMPLEMENTED);
        }
        b.method("__neg__($self, /)", (ts, a) -> negate((PyInt) a[0]));
        b.method("__pos__($self, /)", (ts, a) -> exact(a[0]));
        b.method("__abs__($self, /)", (ts, a) -> abs((PyInt) a[0]));
        b.method("__invert__($self, /)", (ts, a) -> invert((PyInt) a[0]));
        b.method("__bool__($self, /)", (ts, a) -> PyBool.of(((PyInt) a[0]).signum() != 0));
        for (String name : new String[] {"__int__", "__index__", "__trunc__", "__floor__", "__ceil__", "conjugate"}) {
            b.method(name + "($self, /)", (ts, a) -> exact(a[0]));
        }
        b.method("__float__($self, /)", (ts, a) -> new PyFloat(toDouble((PyInt) a[0])));
        b.method("__hash__($self, /)", (ts, a) -> PyInt.of(hash((PyInt) a[0])));
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(toDecimalString(ts, (PyInt) a[0])));
        b.method("__format__($self, format_spec, /)", IntMethods::format);
        b.method("__round__($self, ndigits=?, /)", (ts, a) -> round(ts, (PyInt) a[0], a[1]));
        b.method("__getnewargs__($self, /)", (ts, a) -> PyTuple.of(exact(a[0])));
        b.method("__sizeof__($self, /)", (ts, a) -> PyInt.of(sizeOf((PyInt) a[0])));
        b.method("bit_length($self, /)", (ts, a) -> {
            PyInt v = (PyInt) a[0];
            return PyInt.of(v.big == null ? IntMath.bitLength(v.value) : IntMath.bitLength(v.big));
        });
        b.method("bit_count($self, /)", (ts, a) -> {
            PyInt v = (PyInt) a[0];
            return PyInt.of(v.big == null ? IntMath.bitCount(v.value) : IntMath.bitCount(v.big));
        });
        b.method("is_integer($self, /)", (ts, a) -> PyBool.TRUE);
        b.method("as_integer_ratio($self, /)", (ts, a) -> PyTuple.of(exact(a[0]), PyInt.ONE));
        b.method("to_bytes($self, /, length=1, byteorder='big', *, signed=False)", IntBytes::toBytes);
        b.classMethod("from_bytes($type, /, bytes, byteorder='big', *, signed=False)", IntBytes::fromBytes);
        b.getter("real", IntMethods::exact);
        b.getter("imag", o -> PyInt.ZERO);
        b.getter("numerator", IntMethods::exact);
        b.getter("denominator", o -> PyInt.ONE);
        b.staticMethod("__new__(type, x=?, /, base=?)", IntNew::newInt);
    }

    /** {@code int(self)} for subclasses and bools: the plain int with the same value. */
    public static PyInt exact(PyObject o) {
        PyInt i = (PyInt) o;
        if (i.getClass() == PyInt.class) {
            return i;
        }
        return i.big == null ? PyInt.of(i.value) : PyInt.of(i.big);
    }

    /** The interpreter's sys.get_int_max_str_digits() (0: no limit). */
    public static int maxStrDigits(ThreadState ts) {
        return ts.interp.intMaxStrDigits();
    }

    // ---- binary operators -----------------------------------------------------------------------

    private static PyObject slot(int op, PyObject self, PyObject other, boolean reflected) {
        if (!(other instanceof PyInt)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyInt a = (PyInt) (reflected ? other : self);
        PyInt b = (PyInt) (reflected ? self : other);
        return binary(op, a, b);
    }

    /**
     * {@code a op b} for two ints and any BINARY_OP number; null for {@code @}, which int does not
     * define. True division and negative powers give floats.
     */
    public static PyObject binary(int op, PyInt a, PyInt b) {
        try {
            if (a.big == null && b.big == null) {
                return binaryLong(op, a.value, b.value);
            }
            PyObject r = binaryWide(op, a, b);
            return r != null ? r : binaryBig(op, a.toBig(), b.toBig());
        } catch (NumericError e) {
            throw Errors.numeric(e);
        } catch (OutOfMemoryError e) {
            throw Errors.memoryError();
        }
    }

    private static PyObject binaryLong(int op, long x, long y) {
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
                if (y != 0 && (y != -1 || x != Long.MIN_VALUE)) {
                    return PyInt.of(Math.floorDiv(x, y)); // the common case without boxing
                }
                return PyInt.of(IntMath.floorDiv(x, y));
            case Numbers.REMAINDER:
                return PyInt.of(IntMath.mod(x, y));
            case Numbers.TRUE_DIVIDE:
                return new PyFloat(IntMath.trueDivide(x, y));
            case Numbers.POWER:
                if (y < 0) {
                    return new PyFloat(IntMath.truePow(BigInteger.valueOf(x), BigInteger.valueOf(y)));
                }
                return PyInt.of(IntMath.pow(x, y));
            case Numbers.LSHIFT:
                if (y >= 0 && y < 63 && (x << y) >> y == x) {
                    return PyInt.of(x << y);
                }
                if (y > 0 && y < 1 << 20 && x != 0) {
                    return PyInt.of(BigInteger.valueOf(x).shiftLeft((int) y));
                }
                if (y > 64 && x != 0) {
                    return binaryBig(op, BigInteger.valueOf(x), BigInteger.valueOf(y));
                }
                return PyInt.of(IntMath.shiftLeft(x, y));
            case Numbers.RSHIFT:
                return PyInt.of(IntMath.shiftRight(x, y));
            case Numbers.AND:
                return PyInt.of(x & y);
            case Numbers.OR:
                return PyInt.of(x | y);
            case Numbers.XOR:
                return PyInt.of(x ^ y);
            default:
                return null;
        }
    }

    /**
     * Fast paths for a big int with a shift count or mask (64-bit hashes, xorshift generators):
     * {@code x & m} for a non-negative m below 2**64 needs only the low 64 bits of x, and a shift
     * by a small count needs no BigInteger for the count. Null when these do not apply.
     */
    private static PyObject binaryWide(int op, PyInt a, PyInt b) {
        switch (op) {
            case Numbers.AND:
                if (isUnsigned64(b) || isUnsigned64(a)) {
                    return unsigned64(low64(a) & low64(b));
                }
                return null;
            case Numbers.RSHIFT:
                if (b.big == null && b.value >= 0) {
                    return PyInt.of(a.big.shiftRight((int) Math.min(b.value, Integer.MAX_VALUE)));
                }
                return null;
            case Numbers.LSHIFT:
                if (b.big == null && b.value >= 0 && b.value < 1 << 20) {
                    return PyInt.of(a.toBig().shiftLeft((int) b.value));
                }
                return null;
            default:
                return null;
        }
    }

    /** Whether v is in [0, 2**64). */
    private static boolean isUnsigned64(PyInt v) {
        return v.big == null ? v.value >= 0 : v.big.signum() > 0 && v.big.bitLength() <= 64;
    }

    /** The low 64 bits of v's two's complement. */
    private static long low64(PyInt v) {
        return v.big == null ? v.value : v.big.longValue();
    }

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** The int whose value is the 64 bits of r read unsigned. */
    private static PyInt unsigned64(long r) {
        return r >= 0 ? PyInt.of(r) : PyInt.of(BigInteger.valueOf(r).add(TWO_64));
    }

    private static PyObject binaryBig(int op, BigInteger x, BigInteger y) {
        switch (op) {
            case Numbers.ADD:
                return PyInt.of(x.add(y));
            case Numbers.SUBTRACT:
                return PyInt.of(x.subtract(y));
            case Numbers.MULTIPLY:
                return PyInt.of(x.multiply(y));
            case Numbers.FLOOR_DIVIDE:
                return PyInt.of(IntMath.floorDiv(x, y));
            case Numbers.REMAINDER:
                return PyInt.of(IntMath.mod(x, y));
            case Numbers.TRUE_DIVIDE:
                return new PyFloat(IntMath.trueDivide(x, y));
            case Numbers.POWER:
                if (y.signum() < 0) {
                    return new PyFloat(IntMath.truePow(x, y));
                }
                return PyInt.of(IntMath.pow(x, y));
            case Numbers.LSHIFT:
                if (y.signum() > 0 && x.signum() != 0
                        && (y.bitLength() > 63 || y.longValue() / 30 + x.bitLength() / 30 + 1 > MAX_LONG_DIGITS)) {
                    // more digits than CPython can even ask its allocator for (_PyLong_New)
                    throw Errors.overflowError("too many digits in integer");
                }
                return PyInt.of(IntMath.shiftLeft(x, y));
            case Numbers.RSHIFT:
                return PyInt.of(IntMath.shiftRight(x, y));
            case Numbers.AND:
                return PyInt.of(x.and(y));
            case Numbers.OR:
                return PyInt.of(x.or(y));
            case Numbers.XOR:
                return PyInt.of(x.xor(y));
            default:
                return null;
        }
    }

    private static PyObject divmodSlot(PyObject self, PyObject other, boolean reflected) {
        if (!(other instanceof PyInt)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return divmod((PyInt) (reflected ? other : self), (PyInt) (reflected ? self : other));
    }

    /** long_abs (an int itself when not negative, as int(x) is). */
    public static PyObject abs(PyInt i) {
        return i.signum() < 0 ? negate(i) : exact(i);
    }

    /** long_divmod: {@code divmod(a, b)} of two ints (bools included). */
    public static PyObject divmod(PyInt a, PyInt b) {
        try {
            if (a.big == null && b.big == null) {
                long x = a.value;
                long y = b.value;
                if (y != 0 && (y != -1 || x != Long.MIN_VALUE)) {
                    return PyTuple.of(PyInt.of(Math.floorDiv(x, y)), PyInt.of(Math.floorMod(x, y)));
                }
                Number[] qr = IntMath.divmod(x, y);
                return PyTuple.of(PyInt.of(qr[0]), PyInt.of(qr[1]));
            }
            BigInteger[] qr = IntMath.divmod(a.toBig(), b.toBig());
            return PyTuple.of(PyInt.of(qr[0]), PyInt.of(qr[1]));
        } catch (NumericError e) {
            throw Errors.numeric(e);
        }
    }

    /** long_pow: {@code a ** b} or {@code pow(a, b, m)}; NotImplemented unless all are ints. */
    private static PyObject powSlot(PyObject self, PyObject other, PyObject mod, boolean reflected) {
        if (!(other instanceof PyInt)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyInt a = (PyInt) (reflected ? other : self);
        PyInt b = (PyInt) (reflected ? self : other);
        if (mod == PyNone.NONE) {
            return binary(Numbers.POWER, a, b);
        }
        if (!(mod instanceof PyInt)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        try {
            return PyInt.of(IntMath.powMod(a.toBig(), b.toBig(), ((PyInt) mod).toBig()));
        } catch (NumericError e) {
            throw Errors.numeric(e);
        }
    }

    // ---- unary operators, comparison, hash ------------------------------------------------------

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

    public static int compareTo(PyInt a, PyInt b) {
        return a.big == null && b.big == null ? Long.compare(a.value, b.value) : a.toBig().compareTo(b.toBig());
    }

    public static boolean compare(PyInt a, PyInt b, int op) {
        return Abstract.compareResult(compareTo(a, b), op);
    }

    /** hash(int) (Objects/longobject.c long_hash). */
    public static long hash(PyInt v) {
        return v.big == null ? NumericHash.hashInt(v.value) : NumericHash.hashInt(v.big);
    }

    // ---- conversions ----------------------------------------------------------------------------

    /** str(v) in decimal, within the interpreter's sys.set_int_max_str_digits() limit. */
    public static String toDecimalString(ThreadState ts, PyInt v) {
        if (v.big == null) {
            return Long.toString(v.value);
        }
        try {
            return IntText.toDecimalString(v.big, maxStrDigits(ts));
        } catch (NumericError e) {
            throw Errors.numeric(e);
        }
    }

    /** int → float, correctly rounded; OverflowError "int too large to convert to float". */
    public static double toDouble(PyInt v) {
        if (v.big == null) {
            return (double) v.value;
        }
        try {
            return IntMath.toDouble(v.big);
        } catch (NumericError e) {
            throw Errors.numeric(e);
        }
    }

    /** int.__format__ (and bool's), decimal output within the digit limit. */
    private static PyObject format(ThreadState ts, PyObject[] a) {
        PyInt v = (PyInt) a[0];
        String typeName = v.type().name();
        int limit = maxStrDigits(ts);
        return FloatMethods.formatWith(ts, a, PyInt.class, spec -> v.big == null
                ? FormatSpec.formatInt(v.value, spec, typeName, limit) : FormatSpec.formatInt(v.big, spec, typeName, limit));
    }

    /**
     * int.__round__(ndigits): itself for ndigits >= 0, else the nearest multiple of
     * 10**-ndigits, ties to even (long_round with _PyLong_DivmodNear).
     */
    private static PyObject round(ThreadState ts, PyInt v, PyObject ndigits) {
        if (ndigits == null) {
            return exact(v); // an explicit None is an error here; round(x, None) passes nothing
        }
        PyInt n = Abstract.index(ts, ndigits);
        if (n.signum() >= 0) {
            return exact(v);
        }
        BigInteger nd = n.toBig().negate();
        if (nd.bitLength() > 31) {
            throw Errors.memoryError();
        }
        BigInteger pow10 = BigInteger.TEN.pow(nd.intValue());
        BigInteger[] qr = IntMath.divmod(v.toBig(), pow10);
        int c = qr[1].shiftLeft(1).compareTo(pow10);
        BigInteger q = qr[0];
        if (c > 0 || c == 0 && q.testBit(0)) {
            q = q.add(BigInteger.ONE);
        }
        return PyInt.of(q.multiply(pow10));
    }

    /** int.__sizeof__: CPython's object header plus 4 bytes per 30-bit digit, at least one. */
    private static long sizeOf(PyInt v) {
        long bits = v.big == null ? IntMath.bitLength(v.value) : IntMath.bitLength(v.big);
        return 24 + 4 * Math.max(1, (bits + 29) / 30);
    }
}
