package org.krait.runtime.types;

import org.krait.compiler.ast.ConstantRepr;
import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
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

/** The methods of {@code float} (Objects/floatobject.c). */
public final class FloatMethods {
    private FloatMethods() {
    }

    public static void define(TypeBuilder b) {
        String[] ops = {"add", null, "floordiv", null, null, "mul", "mod", null, "pow", null, "sub", "truediv", null};
        for (int i = 0; i < ops.length; i++) {
            if (ops[i] == null) {
                continue;
            }
            int op = i;
            b.method("__" + ops[i] + "__($self, value, /)", (ts, a) -> slot(op, a[0], a[1]));
            b.method("__r" + ops[i] + "__($self, value, /)", (ts, a) -> slot(op, a[1], a[0]));
        }
        b.method("__divmod__($self, value, /)", (ts, a) -> divmod(a[0], a[1]));
        b.method("__rdivmod__($self, value, /)", (ts, a) -> divmod(a[1], a[0]));
        String[] cmps = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmps.length; i++) {
            int op = i;
            b.method(cmps[i] + "($self, value, /)", (ts, a) -> compare(a[0], a[1], op));
        }
        b.method("__neg__($self, /)", (ts, a) -> new PyFloat(-((PyFloat) a[0]).value));
        b.method("__pos__($self, /)", (ts, a) -> new PyFloat(((PyFloat) a[0]).value));
        b.method("__abs__($self, /)", (ts, a) -> new PyFloat(Math.abs(((PyFloat) a[0]).value)));
        b.method("__bool__($self, /)", (ts, a) -> PyBool.of(((PyFloat) a[0]).value != 0));
        b.method("__float__($self, /)", (ts, a) -> a[0].getClass() == PyFloat.class ? a[0]
                : new PyFloat(((PyFloat) a[0]).value));
        b.method("__int__($self, /)", (ts, a) -> IntNew.fromDouble(((PyFloat) a[0]).value));
        b.method("__trunc__($self, /)", (ts, a) -> IntNew.fromDouble(((PyFloat) a[0]).value));
        b.method("__floor__($self, /)", (ts, a) -> IntNew.fromDouble(Math.floor(((PyFloat) a[0]).value)));
        b.method("__ceil__($self, /)", (ts, a) -> IntNew.fromDouble(Math.ceil(((PyFloat) a[0]).value)));
        b.method("__hash__($self, /)", (ts, a) -> PyInt.of(hash(((PyFloat) a[0]).value, a[0])));
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(repr(((PyFloat) a[0]).value)));
        b.method("is_integer($self, /)", (ts, a) -> {
            double d = ((PyFloat) a[0]).value;
            return PyBool.of(!Double.isInfinite(d) && d == Math.floor(d));
        });
        b.method("conjugate($self, /)", (ts, a) -> a[0]);
        b.getter("real", o -> o);
        b.getter("imag", o -> new PyFloat(0.0));
        b.staticMethod("__new__(type, x=?, /)", FloatMethods::newFloat);
    }

    public static String repr(double d) {
        return ConstantRepr.floatRepr(d);
    }

    static double toDouble(PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        return IntMethods.toDouble((PyInt) o);
    }

    private static PyObject slot(int op, PyObject a, PyObject b) {
        if (!(a instanceof PyFloat || a instanceof PyInt) || !(b instanceof PyFloat || b instanceof PyInt)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject r = binary(op, a, b);
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    }

    /** Arithmetic where at least one operand is a float and the other a float or int; null if unsupported. */
    public static PyObject binary(int op, PyObject a, PyObject b) {
        double x = toDouble(a);
        double y = toDouble(b);
        switch (op) {
            case Numbers.ADD:
                return new PyFloat(x + y);
            case Numbers.SUBTRACT:
                return new PyFloat(x - y);
            case Numbers.MULTIPLY:
                return new PyFloat(x * y);
            case Numbers.TRUE_DIVIDE:
                if (y == 0) {
                    throw Errors.zeroDivision("float division by zero");
                }
                return new PyFloat(x / y);
            case Numbers.FLOOR_DIVIDE:
                if (y == 0) {
                    throw Errors.zeroDivision("float floor division by zero");
                }
                return new PyFloat(floorDivMod(x, y)[0]);
            case Numbers.REMAINDER:
                if (y == 0) {
                    throw Errors.zeroDivision("float modulo");
                }
                return new PyFloat(floorDivMod(x, y)[1]);
            case Numbers.POWER:
                return new PyFloat(pow(x, y));
            default:
                return null;
        }
    }

    /** float_divmod: Python's floor division and modulo with the sign of the divisor. */
    static double[] floorDivMod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    static double pow(double x, double y) {
        if (x == 0 && y < 0) {
            throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y)) {
            throw Errors.valueError("complex result not supported yet");
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw Errors.overflowError("(34, 'Numerical result out of range')");
        }
        return r;
    }

    private static PyObject divmod(PyObject a, PyObject b) {
        if (!(a instanceof PyFloat || a instanceof PyInt) || !(b instanceof PyFloat || b instanceof PyInt)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        double y = toDouble(b);
        if (y == 0) {
            throw Errors.zeroDivision("float divmod()");
        }
        double[] qr = floorDivMod(toDouble(a), y);
        return PyTuple.of(new PyFloat(qr[0]), new PyFloat(qr[1]));
    }

    private static PyObject compare(PyObject a, PyObject b, int op) {
        double x = ((PyFloat) a).value;
        int c;
        if (b instanceof PyFloat) {
            double y = ((PyFloat) b).value;
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return PyBool.of(op == Abstract.NE);
            }
            c = Double.compare(x == 0 ? 0.0 : x, y == 0 ? 0.0 : y);
        } else if (b instanceof PyInt) {
            if (Double.isNaN(x)) {
                return PyBool.of(op == Abstract.NE);
            }
            if (Double.isInfinite(x)) {
                c = x > 0 ? 1 : -1;
            } else {
                c = new java.math.BigDecimal(x).compareTo(new java.math.BigDecimal(((PyInt) b).toBig()));
            }
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(Abstract.cmpResult(c, op));
    }

    /** hash(float): equal to hash(int) for integral values (Python/pyhash.c _Py_HashDouble); nan by identity. */
    public static long hash(double d, PyObject self) {
        return org.krait.runtime.numeric.NumericHash.hashFloat(d, ObjectMethods.identityHash(self));
    }

    private static PyObject newFloat(ThreadState ts, PyObject[] a) {
        PyType cls = (PyType) a[0];
        double v = convert(ts, a[1]);
        return cls == PyFloat.TYPE ? new PyFloat(v) : new PyFloat.Derived(cls, v);
    }

    static double convert(ThreadState ts, PyObject x) {
        if (x == null) {
            return 0.0;
        }
        if (x instanceof PyFloat) {
            return ((PyFloat) x).value;
        }
        if (x instanceof PyInt) {
            return IntMethods.toDouble((PyInt) x);
        }
        if (x instanceof PyStr) {
            return parse(((PyStr) x).value);
        }
        PyObject r = Calls.callSpecial(ts, x, "__float__");
        if (r == null) {
            r = Calls.callSpecial(ts, x, "__index__");
            if (r instanceof PyInt) {
                return IntMethods.toDouble((PyInt) r);
            }
            throw Errors.typeError("float() argument must be a string or a real number, not '" + x.type().name() + "'");
        }
        if (!(r instanceof PyFloat)) {
            throw Errors.typeError(x.type().name() + ".__float__ returned non-float (type " + r.type().name() + ")");
        }
        return ((PyFloat) r).value;
    }

    static double parse(String text) {
        String s = text.strip();
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        String body = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        double sign = lower.startsWith("-") ? -1 : 1;
        if (body.equals("inf") || body.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        if (!s.matches("[+-]?((\\d(_?\\d)*)?\\.?\\d(_?\\d)*|\\d(_?\\d)*\\.)([eE][+-]?\\d(_?\\d)*)?")) {
            throw Errors.valueError("could not convert string to float: " + StrMethods.repr(text));
        }
        return Double.parseDouble(s.replace("_", ""));
    }

    static PyType type() {
        return PyFloat.TYPE;
    }

    static PyObject none() {
        return PyNone.NONE;
    }
}
