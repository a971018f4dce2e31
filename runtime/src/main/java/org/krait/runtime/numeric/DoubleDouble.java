package org.krait.runtime.numeric;

/**
 * A double-double number hi + lo (|lo| <= ulp(hi)/2), about 106 bits, updated in place: the
 * working precision of the correctly rounded pow, exp, log and trigonometric kernels.
 */
final class DoubleDouble {
    double hi;
    double lo;

    DoubleDouble(double hi, double lo) {
        this.hi = hi;
        this.lo = lo;
    }

    DoubleDouble copy() {
        return new DoubleDouble(hi, lo);
    }

    private DoubleDouble norm(double h, double l) {
        double s = h + l;
        lo = l - (s - h);
        hi = s;
        return this;
    }

    DoubleDouble add(double bh, double bl) {
        double s = hi + bh;
        double bb = s - hi;
        double err = (hi - (s - bb)) + (bh - bb);
        return norm(s, err + lo + bl);
    }

    DoubleDouble mul(double bh, double bl) {
        double p = hi * bh;
        double err = Math.fma(hi, bh, -p) + (hi * bl + lo * bh);
        return norm(p, err);
    }

    DoubleDouble div(DoubleDouble d) {
        double q1 = hi / d.hi;
        DoubleDouble r = d.copy().mul(q1, 0);
        DoubleDouble rem = new DoubleDouble(hi, lo).add(-r.hi, -r.lo);
        double q2 = rem.hi / d.hi;
        return norm(q1, q2);
    }

    void divInt(int n) {
        double q = hi / n;
        double r = Math.fma(-q, n, hi) + lo;
        norm(q, r / n);
    }
}
