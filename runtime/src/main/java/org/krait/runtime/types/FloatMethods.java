package org.krait.runtime.types;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.numeric.ComplexMath;
import org.krait.runtime.numeric.FloatMath;
import org.krait.runtime.numeric.FloatRepr;
import org.krait.runtime.numeric.FloatText;
import org.krait.runtime.numeric.FormatSpec;
import org.krait.runtime.numeric.NumericError;
import org.krait.runtime.numeric.NumericHash;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyComplex;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.ops.Numbers;

/**
 * The methods of {@code float} (Objects/floatobject.c), over the numeric library's
 * {@link FloatMath}, {@link FloatRepr}, {@link FloatText} and {@link FormatSpec}.
 */
public final class FloatMethods {
    /** The binary operators float defines, by BINARY_OP number (null: not a float operator). */
    private static final String[] OPERATORS = {"add", null, "floordiv", null, null, "mul", "mod", null, null, null,
        "sub", "truediv", null};
    private static final String[] COMPARISONS = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    private FloatMethods() {
    }

    public static void define(TypeBuilder b) {
        for (int i = 0; i < OPERATORS.length; i++) {
            if (OPERATORS[i] != null) {
                int op = i;
                b.method("__" + OPERATORS[i] + "__($self, value, /)", (ts, a) -> slot(op, a[0], a[1]));
                b.method("__r" + OPERATORS[i] + "__($self, value, /)", (ts, a) -> slot(op, a[1], a[0]));
            }
        }
        b.method("__pow__($self, value, mod=None, /)", (ts, a) -> powSlot(a[0], a[1], a[2]));
        b.method("__rpow__($self, value, mod=None, /)", (ts, a) -> powSlot(a[1], a[0], a[2]));
        b.method("__divmod__($self, value, /)", (ts, a) -> divmod(a[0], a[1]));
        b.method("__rdivmod__($self, value, /)", (ts, a) -> divmod(a[1], a[0]));
        for (int i = 0; i < COMPARISONS.length; i++) {
            int op = i;
            b.method(COMPARISONS[i] + "($self, value, /)", (ts, a) -> richCompare(((PyFloat) a[0]).value, a[1], op));
        }
        b.method("__neg__($self, /)", (ts, a) -> new PyFloat(-value(a[0])));
        b.method("__pos__($self, /)", (ts, a) -> exact(a[0]));
        b.method("__abs__($self, /)", (ts, a) -> new PyFloat(Math.abs(value(a[0]))));
        b.method("__bool__($self, /)", (ts, a) -> PyBool.of(value(a[0]) != 0));
        b.method("__float__($self, /)", (ts, a) -> exact(a[0]));
        b.method("__int__($self, /)", (ts, a) -> IntNew.fromDouble(value(a[0])));
        b.method("__trunc__($self, /)", (ts, a) -> IntNew.fromDouble(value(a[0])));
        b.method("__floor__($self, /)", (ts, a) -> IntNew.fromDouble(Math.floor(value(a[0]))));
        b.method("__ceil__($self, /)", (ts, a) -> IntNew.fromDouble(Math.ceil(value(a[0]))));
        b.method("__round__($self, ndigits=None, /)", (ts, a) -> round(ts, value(a[0]), a[1]));
        b.method("__hash__($self, /)", (ts, a) -> PyInt.of(hash(value(a[0]), a[0])));
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(repr(value(a[0]))));
        b.method("__format__($self, format_spec, /)", FloatMethods::format);
        b.method("__getnewargs__($self, /)", (ts, a) -> PyTuple.of(exact(a[0])));
        b.method("__sizeof__($self, /)", (ts, a) -> PyInt.of(24));
        b.method("conjugate($self, /)", (ts, a) -> exact(a[0]));
        b.method("is_integer($self, /)", (ts, a) -> PyBool.of(FloatMath.isInteger(value(a[0]))));
        b.method("as_integer_ratio($self, /)", (ts, a) -> {
            BigInteger[] r = call(() -> FloatMath.asIntegerRatio(value(a[0])));
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]));
        });
        b.method("hex($self, /)", (ts, a) -> PyStr.of(FloatText.hex(value(a[0]))));
        b.classMethod("fromhex($type, string, /)", (ts, a) -> {
            if (!(a[1] instanceof PyStr)) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            PyFloat v = new PyFloat(call(() -> FloatText.fromHex(((PyStr) a[1]).value())));
            return a[0] == PyFloat.TYPE ? v : Calls.call(ts, a[0], v);
        });
        b.classMethod("__getformat__($type, typestr, /)", (ts, a) -> {
            if (!(a[1] instanceof PyStr)) {
                throw Errors.typeError("__getformat__() argument must be str, not " + a[1].type().name());
            }
            String t = ((PyStr) a[1]).value();
            if (!t.equals("double") && !t.equals("float")) {
                throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return PyStr.of("IEEE, little-endian");
        });
        b.getter("real", FloatMethods::exact);
        b.getter("imag", o -> new PyFloat(0.0));
        b.staticMethod("__new__(type, x=?, /)", FloatMethods::newFloat);
    }

    private static double value(PyObject o) {
        return ((PyFloat) o).value;
    }

    /** float(self) for subclasses: a plain float with the same value. */
    private static PyFloat exact(PyObject o) {
        return o.getClass() == PyFloat.class ? (PyFloat) o : new PyFloat(((PyFloat) o).value);
    }

    /** A library call, its NumericError turned into the Python exception. */
    static <T> T call(java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (NumericError e) {
            throw Errors.numeric(e);
        }
    }

    public static String repr(double d) {
        return FloatRepr.repr(d);
    }

    /** float.__hash__: hash(int) for integral values, nan by identity (_Py_HashDouble). */
    public static long hash(double d, PyObject self) {
        return NumericHash.hashFloat(d, ObjectMethods.identityHash(self));
    }

    // ---- arithmetic -----------------------------------------------------------------------------

    private static boolean isOperand(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    /** CONVERT_TO_DOUBLE: a float's value, or an int's ("int too large to convert to float"). */
    static double toDouble(PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        return IntMethods.toDouble((PyInt) o);
    }

    private static PyObject slot(int op, PyObject a, PyObject b) {
        if (!isOperand(a) || !isOperand(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject r = binary(op, a, b);
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    }

    /**
     * {@code a op b} where each operand is a float or an int and at least one a float; null for
     * operators float does not define. A negative base to a fractional power is complex.
     */
    public static PyObject binary(int op, PyObject a, PyObject b) {
        double x = toDouble(a);
        double y = toDouble(b);
        try {
            switch (op) {
                case Numbers.ADD:
                    return new PyFloat(x + y);
                case Numbers.SUBTRACT:
                    return new PyFloat(x - y);
                case Numbers.MULTIPLY:
                    return new PyFloat(x * y);
                case Numbers.TRUE_DIVIDE:
                    return new PyFloat(FloatMath.trueDivide(x, y));
                case Numbers.FLOOR_DIVIDE:
                    return new PyFloat(FloatMath.floorDiv(x, y));
                case Numbers.REMAINDER:
                    return new PyFloat(FloatMath.mod(x, y));
                case Numbers.POWER:
                    if (FloatMath.powIsComplex(x, y)) {
                        double[] z = ComplexMath.pow(x, 0, y, 0);
                        return new PyComplex(z[0], z[1]);
                    }
                    return new PyFloat(FloatMath.pow(x, y));
                default:
                    return null;
            }
        } catch (NumericError e) {
            throw Errors.numeric(e);
        }
    }

    /** float_pow: a third argument is refused once both operands are numbers. */
    private static PyObject powSlot(PyObject a, PyObject b, PyObject mod) {
        if (!isOperand(a) || !isOperand(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (mod != PyNone.NONE) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return binary(Numbers.POWER, a, b);
    }

    private static PyObject divmod(PyObject a, PyObject b) {
        if (!isOperand(a) || !isOperand(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        double x = toDouble(a);
        double y = toDouble(b);
        double[] qr = call(() -> FloatMath.divmod(x, y));
        return PyTuple.of(new PyFloat(qr[0]), new PyFloat(qr[1]));
    }

    // ---- comparison -----------------------------------------------------------------------------

    private static PyObject richCompare(double x, PyObject w, int op) {
        if (w instanceof PyFloat) {
            return PyBool.of(compareDoubles(x, ((PyFloat) w).value, op));
        }
        if (w instanceof PyInt) {
            return PyBool.of(compareWithInt(x, (PyInt) w, op));
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    static boolean compareDoubles(double x, double y, int op) {
        switch (op) {
            case Abstract.LT:
                return x < y;
            case Abstract.LE:
                return x <= y;
            case Abstract.EQ:
                return x == y;
            case Abstract.NE:
                return x != y;
            case Abstract.GT:
                return x > y;
            default:
                return x >= y;
        }
    }

    /** float_richcompare against an int: exact, however large the int (never rounds it to float). */
    public static boolean compareWithInt(double x, PyInt w, int op) {
        if (Double.isNaN(x)) {
            return op == Abstract.NE;
        }
        if (w.fitsLong() && Math.abs(w.value) <= 1L << 53) {
            return compareDoubles(x, (double) w.value, op); // the int is exact as a double
        }
        int c;
        if (Double.isInfinite(x)) {
            c = x > 0 ? 1 : -1;
        } else {
            c = new BigDecimal(x).compareTo(new BigDecimal(w.toBig()));
        }
        return Abstract.compareResult(c, op);
    }

    // ---- rounding and formatting ----------------------------------------------------------------

    /** float.__round__: round(x) is an int (ties to even), round(x, n) a float. */
    private static PyObject round(ThreadState ts, double x, PyObject ndigits) {
        if (ndigits == PyNone.NONE) {
            return PyInt.of(call(() -> FloatMath.round(x)));
        }
        PyInt n = Abstract.index(ts, ndigits);
        // PyNumber_AsSsize_t(ndigits, NULL) clamps, and every huge ndigits behaves like the clamp
        long nd = n.fitsLong() ? n.value : n.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        return new PyFloat(call(() -> FloatMath.round(x, nd)));
    }

    private static PyObject format(ThreadState ts, PyObject[] a) {
        return formatWith(ts, a, PyFloat.class, spec -> FormatSpec.formatFloat(value(a[0]), spec, a[0].type().name()));
    }

    /**
     * A number's __format__: the spec must be a str; an empty spec on a subclass instance is
     * str(self) (format_obj), which the subclass may override; else the library's formatting.
     */
    static PyObject formatWith(ThreadState ts, PyObject[] a, Class<?> exactClass,
            java.util.function.Function<String, String> format) {
        if (!(a[1] instanceof PyStr)) {
            throw Errors.typeError("__format__() argument must be str, not " + a[1].type().name());
        }
        String spec = ((PyStr) a[1]).value();
        if (spec.isEmpty() && a[0].getClass() != exactClass) {
            return Abstract.strObject(ts, a[0]);
        }
        return PyStr.of(call(() -> format.apply(spec)));
    }

    // ---- float(x) -------------------------------------------------------------------------------

    static PyObject newFloat(ThreadState ts, PyObject[] a) {
        PyType cls = (PyType) a[0];
        double v = a[1] == null ? 0.0 : convert(ts, a[1]);
        return cls == PyFloat.TYPE ? new PyFloat(v) : new PyFloat.Derived(cls, v);
    }

    /**
     * A number's float value through nb_float (__float__, which must return a float) or nb_index,
     * as PyNumber_Float takes it (floatSubclassDirect false: only an exact float is read
     * directly) or PyFloat_AsDouble (true: any float is); null when o has neither hook.
     */
    public static Double numberValue(ThreadState ts, PyObject o, boolean floatSubclassDirect) {
        Class<?> c = o.getClass();
        if (c == PyFloat.class || floatSubclassDirect && o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        if (c == PyInt.class || c == org.krait.runtime.object.PyBool.class) {
            return IntMethods.toDouble((PyInt) o);
        }
        PyObject r = Calls.callSpecial(ts, o, "__float__");
        if (r != null) {
            if (!(r instanceof PyFloat)) {
                throw Errors.typeError(o.type().name() + ".__float__ returned non-float (type " + r.type().name()
                        + ")");
            }
            return ((PyFloat) r).value;
        }
        if (o.type().lookup("__index__") != null) {
            return IntMethods.toDouble(Abstract.index(ts, o));
        }
        return null;
    }

    /** PyNumber_Float: a number's value, else the text of str and bytes-like objects. */
    public static double convert(ThreadState ts, PyObject x) {
        Double v = numberValue(ts, x, false);
        if (v != null) {
            return v;
        }
        if (x instanceof PyStr) {
            return call(() -> FloatText.parse(((PyStr) x).value()));
        }
        byte[] buffer = Buffers.bytesOrNull(x); // bytes, bytearray, memoryview
        if (buffer != null) {
            return parseBytes(ts, x, buffer);
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + x.type().name() + "'");
    }

    /** float(bytes-like): ASCII text only (a C string), the error showing the argument's repr. */
    private static double parseBytes(ThreadState ts, PyObject original, byte[] data) {
        StringBuilder sb = new StringBuilder(data.length);
        for (byte x : data) {
            sb.append(x > 0 ? (char) x : '?');
        }
        try {
            return FloatText.parse(sb.toString());
        } catch (NumericError e) {
            throw Errors.valueError("could not convert string to float: " + Abstract.repr(ts, original));
        }
    }
}
