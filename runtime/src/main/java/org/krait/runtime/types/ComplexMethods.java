package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.numeric.ComplexMath;
import org.krait.runtime.numeric.FloatRepr;
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

/** The methods of {@code complex} (Objects/complexobject.c), over {@link ComplexMath}. */
public final class ComplexMethods {
    private static final String[] OPERATORS = {"add", "sub", "mul", "truediv"};
    private static final int[] OPS = {Numbers.ADD, Numbers.SUBTRACT, Numbers.MULTIPLY, Numbers.TRUE_DIVIDE};

    private ComplexMethods() {
    }

    public static void define(TypeBuilder b) {
        for (int i = 0; i < OPERATORS.length; i++) {
            int op = OPS[i];
            b.method("__" + OPERATORS[i] + "__($self, value, /)", (ts, a) -> binary(op, a[0], a[1]));
            b.method("__r" + OPERATORS[i] + "__($self, value, /)", (ts, a) -> binary(op, a[1], a[0]));
        }
        b.method("__pow__($self, value, mod=None, /)", (ts, a) -> pow(a[0], a[1], a[2]));
        b.method("__rpow__($self, value, mod=None, /)", (ts, a) -> pow(a[1], a[0], a[2]));
        b.method("__eq__($self, value, /)", (ts, a) -> equal(ts, (PyComplex) a[0], a[1], Abstract.EQ));
        b.method("__ne__($self, value, /)", (ts, a) -> equal(ts, (PyComplex) a[0], a[1], Abstract.NE));
        for (String name : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            b.method(name + "($self, value, /)", (ts, a) -> PyNotImplemented.NOT_IMPLEMENTED);
        }
        b.method("__neg__($self, /)", (ts, a) -> new PyComplex(-((PyComplex) a[0]).real, -((PyComplex) a[0]).imag));
        b.method("__pos__($self, /)", (ts, a) -> exact(a[0]));
        b.method("__abs__($self, /)", (ts, a) -> {
            PyComplex c = (PyComplex) a[0];
            return new PyFloat(FloatMethods.call(() -> ComplexMath.abs(c.real, c.imag)));
        });
        b.method("__bool__($self, /)", (ts, a) -> PyBool.of(((PyComplex) a[0]).real != 0 || ((PyComplex) a[0]).imag != 0));
        b.method("__hash__($self, /)", (ts, a) -> {
            PyComplex c = (PyComplex) a[0];
            return PyInt.of(NumericHash.hashComplex(c.real, c.imag, ObjectMethods.identityHash(c)));
        });
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(repr((PyComplex) a[0])));
        b.method("__format__($self, format_spec, /)", ComplexMethods::format);
        b.method("__complex__($self, /)", (ts, a) -> exact(a[0]));
        b.method("__getnewargs__($self, /)", (ts, a) -> PyTuple.of(new PyFloat(((PyComplex) a[0]).real),
                new PyFloat(((PyComplex) a[0]).imag)));
        b.method("conjugate($self, /)", (ts, a) -> new PyComplex(((PyComplex) a[0]).real, -((PyComplex) a[0]).imag));
        b.getter("real", o -> new PyFloat(((PyComplex) o).real));
        b.getter("imag", o -> new PyFloat(((PyComplex) o).imag));
        b.staticMethod("__new__(type, real=?, imag=?)", ComplexMethods::newComplex);
    }

    public static String repr(PyComplex c) {
        return FloatRepr.complexRepr(c.real, c.imag);
    }

    private static PyComplex exact(PyObject o) {
        PyComplex c = (PyComplex) o;
        return c.getClass() == PyComplex.class ? c : new PyComplex(c.real, c.imag);
    }

    /** TO_COMPLEX: a complex's parts, an int's or float's value as the real part; null otherwise. */
    private static double[] toComplex(PyObject o) {
        if (o instanceof PyComplex) {
            return new double[] {((PyComplex) o).real, ((PyComplex) o).imag};
        }
        if (o instanceof PyFloat || o instanceof PyInt) {
            return new double[] {FloatMethods.toDouble(o), 0.0};
        }
        return null;
    }

    private static PyObject binary(int op, PyObject v, PyObject w) {
        double[] a = toComplex(v);
        double[] b = toComplex(w);
        if (a == null || b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        switch (op) {
            case Numbers.ADD:
                return new PyComplex(a[0] + b[0], a[1] + b[1]);
            case Numbers.SUBTRACT:
                return new PyComplex(a[0] - b[0], a[1] - b[1]);
            case Numbers.MULTIPLY:
                return new PyComplex(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]);
            default:
                double[] q = FloatMethods.call(() -> ComplexMath.divide(a[0], a[1], b[0], b[1]));
                return new PyComplex(q[0], q[1]);
        }
    }

    private static PyObject pow(PyObject v, PyObject w, PyObject mod) {
        double[] a = toComplex(v);
        double[] b = toComplex(w);
        if (a == null || b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (mod != PyNone.NONE) {
            throw Errors.valueError("complex modulo");
        }
        double[] p = FloatMethods.call(() -> ComplexMath.pow(a[0], a[1], b[0], b[1]));
        return new PyComplex(p[0], p[1]);
    }

    /** complex_richcompare: == and != against int (exactly), float and complex. */
    private static PyObject equal(ThreadState ts, PyComplex v, PyObject w, int op) {
        boolean eq;
        if (w instanceof PyInt) {
            if (v.imag == 0.0) {
                return PyBool.of(FloatMethods.compareWithInt(v.real, (PyInt) w, op));
            }
            eq = false;
        } else if (w instanceof PyFloat) {
            eq = v.real == ((PyFloat) w).value && v.imag == 0.0;
        } else if (w instanceof PyComplex) {
            eq = v.real == ((PyComplex) w).real && v.imag == ((PyComplex) w).imag;
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(op == Abstract.EQ ? eq : !eq);
    }

    private static PyObject format(ThreadState ts, PyObject[] a) {
        PyComplex c = (PyComplex) a[0];
        return FloatMethods.formatWith(ts, a, PyComplex.class,
                spec -> FormatSpec.formatComplex(c.real, c.imag, spec, c.type().name()));
    }

    // ---- complex(real=0, imag=0) ----------------------------------------------------------------

    private static PyObject newComplex(ThreadState ts, PyObject[] a) {
        PyType cls = (PyType) a[0];
        PyObject r = a[1];
        PyObject i = a[2];
        if (r == null) {
            r = PyInt.ZERO;
        }
        if (r.getClass() == PyComplex.class && i == null && cls == PyComplex.TYPE) {
            return r;
        }
        double[] v;
        if (r instanceof PyStr) {
            if (i != null) {
                throw Errors.typeError("complex() can't take second arg if first is a string");
            }
            try {
                v = ComplexMath.parse(((PyStr) r).value());
            } catch (NumericError e) {
                throw Errors.numeric(e);
            }
        } else {
            v = fromNumbers(ts, r, i);
        }
        return cls == PyComplex.TYPE ? new PyComplex(v[0], v[1]) : new PyComplex.Derived(cls, v[0], v[1]);
    }

    /** complex(real, imag) for numbers: real + imag*1j, either part possibly complex itself. */
    private static double[] fromNumbers(ThreadState ts, PyObject r, PyObject i) {
        if (i instanceof PyStr) {
            throw Errors.typeError("complex() second arg can't be a string");
        }
        PyObject special = Calls.callSpecial(ts, r, "__complex__");
        if (special != null) {
            if (!(special instanceof PyComplex)) {
                throw Errors.typeError("__complex__ returned non-complex (type " + special.type().name() + ")");
            }
            r = special;
        }
        if (!(r instanceof PyComplex) && !isNumber(r)) {
            throw Errors.typeError("complex() first argument must be a string or a number, not '" + r.type().name()
                    + "'");
        }
        if (i != null && !(i instanceof PyComplex) && !isNumber(i)) {
            throw Errors.typeError("complex() second argument must be a number, not '" + i.type().name() + "'");
        }
        double crReal;
        double crImag = 0.0;
        boolean crIsComplex = r instanceof PyComplex;
        if (crIsComplex) {
            crReal = ((PyComplex) r).real;
            crImag = ((PyComplex) r).imag;
        } else {
            crReal = FloatMethods.convert(ts, r);
        }
        double ciReal;
        if (i == null) {
            ciReal = crImag;
        } else if (i instanceof PyComplex) {
            ciReal = ((PyComplex) i).real;
            crReal -= ((PyComplex) i).imag;
        } else {
            ciReal = FloatMethods.convert(ts, i);
        }
        if (crIsComplex && i != null) {
            ciReal += crImag;
        }
        return new double[] {crReal, ciReal};
    }

    /** Whether o has nb_float or nb_index, as complex() requires of a number. */
    private static boolean isNumber(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt || o.type().lookup("__float__") != null
                || o.type().lookup("__index__") != null;
    }
}
