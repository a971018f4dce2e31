package org.krait.compiler.codegen;

import org.krait.compiler.ast.ComplexValue;
import org.krait.compiler.ast.Operator;

/**
 * float arithmetic as Objects/floatobject.c does it, for constant folding: Python's floor
 * division and modulo signs, and {@code float_pow}'s special cases. Returns null where CPython
 * raises (ZeroDivisionError, OverflowError); a negative base with a fractional exponent gives a
 * complex result, as in Python 3.
 */
final class FloatArithmetic {
    private FloatArithmetic() {
    }

    static Object binary(Operator op, double a, double b) {
        switch (op) {
            case Add:
                return a + b;
            case Sub:
                return a - b;
            case Mult:
                return a * b;
            case Div:
                return b == 0.0 ? null : a / b;
            case Mod:
                return b == 0.0 ? null : mod(a, b);
            case FloorDiv:
                return b == 0.0 ? null : floorDiv(a, b);
            case Pow:
                return pow(a, b);
            default:
                return null;
        }
    }

    /** float_rem. */
    static double mod(double vx, double wx) {
        double mod = vx % wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        return mod;
    }

    /** float_floor_div, through _float_div_mod. */
    static double floorDiv(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                div -= 1.0;
            }
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return floordiv;
    }

    private static boolean isOddInteger(double x) {
        return Math.abs(x % 2.0) == 1.0;
    }

    /** float_pow. */
    static Object pow(double iv, double iw) {
        if (iw == 0) {
            return 1.0;
        }
        if (Double.isNaN(iv)) {
            return iv;
        }
        if (Double.isNaN(iw)) {
            return iv == 1.0 ? 1.0 : iw;
        }
        if (Double.isInfinite(iw)) {
            iv = Math.abs(iv);
            if (iv == 1.0) {
                return 1.0;
            } else if ((iw > 0.0) == (iv > 1.0)) {
                return Math.abs(iw);
            } else {
                return 0.0;
            }
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0.0) {
                return odd ? iv : Math.abs(iv);
            }
            return odd ? Math.copySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0) {
            boolean odd = isOddInteger(iw);
            if (iw < 0.0) {
                return null;
            }
            return odd ? iv : 0.0;
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                return ComplexArithmetic.binary(Operator.Pow, new ComplexValue(iv, 0.0), new ComplexValue(iw, 0.0));
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double ix = Math.pow(iv, iw);
        if (Double.isInfinite(ix)) {
            return null;
        }
        return negate ? -ix : ix;
    }
}
