package org.krait.runtime.modules;

import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.Interpreter;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.numeric.Gamma;
import org.krait.runtime.numeric.IntMath;
import org.krait.runtime.numeric.Libm;
import org.krait.runtime.numeric.NumericError;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.ops.Numbers;
import org.krait.runtime.types.FloatMethods;

/**
 * The {@code math} module (Modules/mathmodule.c of CPython 3.12): the C library functions with
 * CPython's error rules (math_1, math_1a, math_2: a nan from non-nan arguments is "math domain
 * error", an infinity from finite ones "math range error" or a domain error at a singularity),
 * plus CPython's own functions. Integer functions are in {@link MathIntegers}, sums and norms in
 * {@link MathSums}. The module keeps no state; each interpreter gets its own module object.
 */
public final class MathModule {
    private MathModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("math");
        m.dict.putStr("__doc__", PyStr.of("This module provides access to the mathematical functions\n"
                + "defined by the C standard."));
        m.dict.putStr("pi", new PyFloat(Math.PI));
        m.dict.putStr("e", new PyFloat(Math.E));
        m.dict.putStr("tau", new PyFloat(2 * Math.PI));
        m.dict.putStr("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.dict.putStr("nan", new PyFloat(Double.NaN));
        unary(m, "acos", Libm::acos, false);
        unary(m, "acosh", Libm::acosh, false);
        unary(m, "asin", Libm::asin, false);
        unary(m, "asinh", Libm::asinh, false);
        unary(m, "atan", Libm::atan, false);
        unary(m, "atanh", Libm::atanh, false);
        unary(m, "cbrt", Libm::cbrt, false);
        unary(m, "cos", Libm::cos, false);
        unary(m, "cosh", Libm::cosh, true);
        unary(m, "exp", Libm::exp, true);
        unary(m, "exp2", Libm::exp2, true);
        unary(m, "expm1", Libm::expm1, true);
        unary(m, "fabs", Math::abs, false);
        unary(m, "sin", Libm::sin, false);
        unary(m, "sinh", Libm::sinh, true);
        unary(m, "sqrt", Math::sqrt, false);
        unary(m, "tan", Libm::tan, false);
        unary(m, "tanh", Libm::tanh, false);
        unary(m, "log1p", Libm::log1p, false);
        unaryA(m, "erf", Libm::erf);
        unaryA(m, "erfc", Libm::erfc);
        unaryA(m, "gamma", Gamma::gamma);
        unaryA(m, "lgamma", Gamma::lgamma);
        binary(m, "atan2", Libm::atan2);
        binary(m, "copysign", Math::copySign);
        binary(m, "remainder", MathModule::remainder);
        m.def("degrees(x, /)", (ts, a) -> new PyFloat(asDouble(ts, a[0]) * (180.0 / Math.PI)));
        m.def("radians(x, /)", (ts, a) -> new PyFloat(asDouble(ts, a[0]) * (Math.PI / 180.0)));
        m.def("isfinite(x, /)", (ts, a) -> PyBool.of(Double.isFinite(asDouble(ts, a[0]))));
        m.def("isinf(x, /)", (ts, a) -> PyBool.of(Double.isInfinite(asDouble(ts, a[0]))));
        m.def("isnan(x, /)", (ts, a) -> PyBool.of(Double.isNaN(asDouble(ts, a[0]))));
        m.def("isclose(a, b, *, rel_tol=?, abs_tol=?)", MathModule::isclose);
        m.def("floor(x, /)", (ts, a) -> rounding(ts, a[0], "__floor__", true));
        m.def("ceil(x, /)", (ts, a) -> rounding(ts, a[0], "__ceil__", false));
        m.def("trunc(x, /)", MathModule::trunc);
        m.def("fmod(x, y, /)", (ts, a) -> new PyFloat(fmod(asDouble(ts, a[0]), asDouble(ts, a[1]))));
        m.def("pow(x, y, /)", (ts, a) -> new PyFloat(pow(asDouble(ts, a[0]), asDouble(ts, a[1]))));
        m.def("frexp(x, /)", (ts, a) -> {
            double x = asDouble(ts, a[0]);
            int[] e = new int[1];
            double mant = Libm.frexp(x, e);
            return PyTuple.of(new PyFloat(mant), PyInt.of(e[0]));
        });
        m.def("ldexp(x, i, /)", (ts, a) -> new PyFloat(ldexp(asDouble(ts, a[0]), a[1])));
        m.def("modf(x, /)", (ts, a) -> modf(asDouble(ts, a[0])));
        m.def("log(x, base=?, /)", MathModule::log);
        m.def("log2(x, /)", (ts, a) -> new PyFloat(logHelper(ts, a[0], Libm::log2)));
        m.def("log10(x, /)", (ts, a) -> new PyFloat(logHelper(ts, a[0], Libm::log10)));
        m.def("nextafter(x, y, /, *, steps=None)", MathModule::nextafter);
        m.def("ulp(x, /)", (ts, a) -> new PyFloat(ulp(asDouble(ts, a[0]))));
        MathIntegers.define(m);
        MathSums.define(m);
        return m;
    }

    // ---- argument conversion and error rules ----------------------------------------------------

    /** PyFloat_AsDouble: a float, __float__ (which must return a float), or __index__. */
    static double asDouble(ThreadState ts, PyObject o) {
        Double v = FloatMethods.numberValue(ts, o, true);
        if (v == null) {
            throw Errors.typeError("must be real number, not " + o.type().name());
        }
        return v;
    }

    static RuntimeException domainError() {
        return Errors.valueError("math domain error");
    }

    static RuntimeException rangeError() {
        return Errors.overflowError("math range error");
    }

    /** math_1: nan from non-nan is a domain error; inf from finite a range error, or a domain error at a pole. */
    private static void unary(PyModule m, String name, DoubleUnaryOperator f, boolean canOverflow) {
        m.def(name + "(x, /)", (ts, a) -> {
            double x = asDouble(ts, a[0]);
            double r = f.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw domainError();
            }
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw canOverflow ? rangeError() : domainError();
            }
            return new PyFloat(r);
        });
    }

    /** math_1a: the function reports its own errors (CPython's errno), here as NumericError. */
    private static void unaryA(PyModule m, String name, DoubleUnaryOperator f) {
        m.def(name + "(x, /)", (ts, a) -> {
            double x = asDouble(ts, a[0]);
            try {
                return new PyFloat(f.applyAsDouble(x));
            } catch (NumericError e) {
                throw Errors.numeric(e);
            }
        });
    }

    /** math_2: nan from non-nans is a domain error, inf from finite values a range error. */
    private static void binary(PyModule m, String name, DoubleBinaryOperator f) {
        m.def(name + "(x, y, /)", (ts, a) -> {
            double x = asDouble(ts, a[0]);
            double y = asDouble(ts, a[1]);
            double r = f.applyAsDouble(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw domainError();
            }
            if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
                throw rangeError();
            }
            return new PyFloat(r);
        });
    }

    // ---- CPython's own functions ----------------------------------------------------------------

    /** m_remainder: x - n*y for the nearest integer n, ties to even; exact. */
    private static double remainder(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            return y == 0.0 ? Double.NaN : Math.IEEEremainder(x, y);
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        return Double.isInfinite(x) ? Double.NaN : x;
    }

    private static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        return r;
    }

    /** math.pow: IEEE special values decided here, libm's pow for finite operands. */
    private static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0.0 ? 1.0 : x;
            }
            if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            }
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.0) {
                    return oddY ? x : Math.abs(x);
                }
                if (y == 0.0) {
                    return 1.0;
                }
                return oddY ? Math.copySign(0.0, x) : 0.0;
            }
            if (Math.abs(x) == 1.0) {
                return 1.0;
            }
            if (y > 0.0 && Math.abs(x) > 1.0) {
                return y;
            }
            if (y < 0.0 && Math.abs(x) < 1.0) {
                return -y;
            }
            return 0.0;
        }
        double r = Libm.pow(x, y);
        if (Double.isNaN(r)) {
            throw domainError();
        }
        if (Double.isInfinite(r)) {
            throw x == 0.0 ? domainError() : rangeError();
        }
        return r;
    }

    private static double ldexp(double x, PyObject i) {
        if (!(i instanceof PyInt)) {
            throw Errors.typeError("Expected an int as second argument to ldexp.");
        }
        PyInt n = (PyInt) i;
        long exp = n.fitsLong() ? n.value : n.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        if (x == 0.0 || !Double.isFinite(x)) {
            return x;
        }
        if (exp > Integer.MAX_VALUE) {
            throw rangeError();
        }
        if (exp < Integer.MIN_VALUE) {
            return Math.copySign(0.0, x);
        }
        double r = Math.scalb(x, (int) exp);
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    private static PyObject modf(double x) {
        if (Double.isInfinite(x)) {
            return PyTuple.of(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
        }
        if (Double.isNaN(x)) {
            return PyTuple.of(new PyFloat(x), new PyFloat(x));
        }
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(new PyFloat(Math.copySign(x - ip, x)), new PyFloat(ip));
    }

    private static PyObject isclose(ThreadState ts, PyObject[] a) {
        double x = asDouble(ts, a[0]);
        double y = asDouble(ts, a[1]);
        double relTol = a[2] == null ? 1e-09 : asDouble(ts, a[2]);
        double absTol = a[3] == null ? 0.0 : asDouble(ts, a[3]);
        if (relTol < 0.0 || absTol < 0.0) {
            throw Errors.valueError("tolerances must be non-negative");
        }
        if (x == y) {
            return PyBool.TRUE;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return PyBool.FALSE;
        }
        double diff = Math.abs(y - x);
        return PyBool.of(diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol);
    }

    /** math.floor and math.ceil: an exact float directly, else __floor__/__ceil__, else via float. */
    private static PyObject rounding(ThreadState ts, PyObject o, String special, boolean floor) {
        double x;
        if (o.getClass() == PyFloat.class) {
            x = ((PyFloat) o).value;
        } else {
            PyObject r = Calls.callSpecial(ts, o, special);
            if (r != null) {
                return r;
            }
            x = asDouble(ts, o);
        }
        return fromDouble(floor ? Math.floor(x) : Math.ceil(x));
    }

    private static PyInt fromDouble(double d) {
        if (Math.abs(d) < 0x1p63) {
            return PyInt.of((long) d);
        }
        try {
            return PyInt.of(org.krait.runtime.numeric.FloatMath.toInteger(d));
        } catch (NumericError e) {
            throw Errors.numeric(e);
        }
    }

    private static PyObject trunc(ThreadState ts, PyObject[] a) {
        PyObject x = a[0];
        if (x.getClass() == PyFloat.class) {
            return fromDouble(((PyFloat) x).value);
        }
        PyObject r = Calls.callSpecial(ts, x, "__trunc__");
        if (r == null) {
            throw Errors.typeError("type " + x.type().name() + " doesn't define __trunc__ method");
        }
        return r;
    }

    // ---- logarithms -----------------------------------------------------------------------------

    /**
     * loghelper: an int is taken as it is (a huge one as m * 2**e, log(m) + log(2) * e), any
     * other argument through float; nonpositive arguments are domain errors.
     */
    private static double logHelper(ThreadState ts, PyObject arg, DoubleUnaryOperator f) {
        if (arg instanceof PyInt) {
            PyInt n = (PyInt) arg;
            if (n.signum() <= 0) {
                throw domainError();
            }
            if (n.fitsLong() || n.big.bitLength() <= 1024) {
                double x = n.fitsLong() ? (double) n.value : n.big.doubleValue();
                if (!Double.isInfinite(x)) {
                    return f.applyAsDouble(x);
                }
            }
            long[] e = new long[1];
            double x = IntMath.frexp(n.toBig(), e);
            return f.applyAsDouble(x) + f.applyAsDouble(2.0) * e[0];
        }
        double x = asDouble(ts, arg);
        double r = f.applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x) || Double.isInfinite(r) && Double.isFinite(x)) {
            throw domainError();
        }
        return r;
    }

    /** math.log(x[, base]): log(x) / log(base), the division as float true division. */
    private static PyObject log(ThreadState ts, PyObject[] a) {
        PyFloat num = new PyFloat(logHelper(ts, a[0], Libm::log));
        if (a[1] == null) {
            return num;
        }
        PyFloat den = new PyFloat(logHelper(ts, a[1], Libm::log));
        return Numbers.binaryOp(ts, Numbers.TRUE_DIVIDE, num, den);
    }

    // ---- float neighbours -----------------------------------------------------------------------

    /** math.nextafter(x, y, steps=None): steps representable floats from x toward y. */
    private static PyObject nextafter(ThreadState ts, PyObject[] a) {
        double x = asDouble(ts, a[0]);
        double y = asDouble(ts, a[1]);
        if (a[2] == PyNone.NONE) {
            return new PyFloat(Math.nextAfter(x, y));
        }
        PyInt steps = Abstract.index(ts, a[2]);
        if (steps.signum() < 0) {
            throw Errors.valueError("steps must be a non-negative integer");
        }
        // steps as an unsigned 64-bit count, saturating
        BigInteger s = steps.toBig();
        long n = s.bitLength() > 64 ? -1L : s.longValue();
        if (n == 0 || Double.isNaN(x)) {
            return new PyFloat(x);
        }
        if (Double.isNaN(y)) {
            return new PyFloat(y);
        }
        long ux = Double.doubleToRawLongBits(x);
        long uy = Double.doubleToRawLongBits(y);
        if (ux == uy) {
            return new PyFloat(x);
        }
        long ax = ux & Long.MAX_VALUE;
        long ay = uy & Long.MAX_VALUE;
        if (((ux ^ uy) & Long.MIN_VALUE) != 0) {
            // opposite signs: through zero
            if (Long.compareUnsigned(ax + ay, n) <= 0) {
                return new PyFloat(y);
            } else if (Long.compareUnsigned(ax, n) < 0) {
                return new PyFloat(Double.longBitsToDouble((uy & Long.MIN_VALUE) | (n - ax)));
            }
            return new PyFloat(Double.longBitsToDouble(ux - n));
        }
        if (ax > ay) {
            return new PyFloat(Long.compareUnsigned(ax - ay, n) >= 0 ? Double.longBitsToDouble(ux - n) : y);
        }
        return new PyFloat(Long.compareUnsigned(ay - ax, n) >= 0 ? Double.longBitsToDouble(ux + n) : y);
    }

    private static double ulp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return x;
        }
        double up = Math.nextUp(x);
        if (Double.isInfinite(up)) {
            return x - Math.nextDown(x);
        }
        return up - x;
    }
}
