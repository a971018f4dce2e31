package org.krait.compiler.codegen;

import org.krait.compiler.ast.ComplexValue;
import org.krait.compiler.ast.Operator;

/**
 * complex arithmetic as Objects/complexobject.c does it ({@code _Py_c_sum}, {@code _Py_c_prod},
 * {@code _Py_c_quot}, {@code complex_pow}), for constant folding. Null where CPython raises.
 */
final class ComplexArithmetic {
    private ComplexArithmetic() {
    }

    static Object binary(Operator op, ComplexValue a, ComplexValue b) {
        if (a == null || b == null) {
            return null;
        }
        switch (op) {
            case Add:
                return new ComplexValue(a.real() + b.real(), a.imag() + b.imag());
            case Sub:
                return new ComplexValue(a.real() - b.real(), a.imag() - b.imag());
            case Mult:
                return prod(a, b);
            case Div:
                return quot(a, b);
            case Pow:
                return pow(a, b);
            default:
                return null;
        }
    }

    static ComplexValue prod(ComplexValue a, ComplexValue b) {
        return new ComplexValue(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
    }

    /** _Py_c_quot; null for division by zero. */
    static ComplexValue quot(ComplexValue a, ComplexValue b) {
        double absBreal = Math.abs(b.real());
        double absBimag = Math.abs(b.imag());
        if (absBreal >= absBimag) {
            if (absBreal == 0.0) {
                return null;
            }
            double ratio = b.imag() / b.real();
            double denom = b.real() + b.imag() * ratio;
            return new ComplexValue((a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom);
        } else if (absBimag >= absBreal) {
            double ratio = b.real() / b.imag();
            double denom = b.real() * ratio + b.imag();
            return new ComplexValue((a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom);
        }
        return new ComplexValue(Double.NaN, Double.NaN);
    }

    private static ComplexValue powu(ComplexValue x, long n) {
        ComplexValue r = new ComplexValue(1.0, 0.0);
        ComplexValue p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = prod(r, p);
            }
            mask <<= 1;
            p = prod(p, p);
        }
        return r;
    }

    /** complex_pow: small integer exponents by repeated multiplication, others through polar form. */
    static ComplexValue pow(ComplexValue a, ComplexValue b) {
        ComplexValue p;
        if (b.imag() == 0.0 && b.real() == Math.floor(b.real()) && Math.abs(b.real()) <= 100.0) {
            long n = (long) b.real();
            if (n > 0) {
                p = powu(a, n);
            } else {
                p = quot(new ComplexValue(1.0, 0.0), powu(a, -n));
                if (p == null) {
                    return null;
                }
            }
        } else if (b.real() == 0.0 && b.imag() == 0.0) {
            p = new ComplexValue(1.0, 0.0);
        } else if (a.real() == 0.0 && a.imag() == 0.0) {
            if (b.imag() != 0.0 || b.real() < 0.0) {
                return null;
            }
            p = new ComplexValue(0.0, 0.0);
        } else {
            double vabs = Math.hypot(a.real(), a.imag());
            double len = Math.pow(vabs, b.real());
            double at = Math.atan2(a.imag(), a.real());
            double phase = at * b.real();
            if (b.imag() != 0.0) {
                len /= Math.exp(at * b.imag());
                phase += b.imag() * Math.log(vabs);
            }
            p = new ComplexValue(len * Math.cos(phase), len * Math.sin(phase));
        }
        if (Double.isInfinite(p.real()) || Double.isInfinite(p.imag())) {
            return null;
        }
        return p;
    }
}
