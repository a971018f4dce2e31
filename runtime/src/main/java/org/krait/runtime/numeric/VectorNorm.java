package org.krait.runtime.numeric;

/**
 * vector_norm of Modules/mathmodule.c, behind math.hypot and math.dist: the coordinates scaled by
 * the largest one's power of two, squared and summed exactly in double length (fma), then the
 * square root with one differential correction, which is correctly rounded in all but rare cases.
 */
public final class VectorNorm {
    private VectorNorm() {
    }

    /** vector_norm over non-negative coordinates. */
    public static double norm(double[] v) {
        double max = 0.0;
        boolean nan = false;
        for (double x : v) {
            nan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return norm(v, max, nan);
    }

    private static double norm(double[] v, double max, boolean foundNan) {
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || v.length <= 1) {
            return max;
        }
        int[] e = new int[1];
        Libm.frexp(max, e);
        int maxE = e[0];
        if (maxE < -1023) { // 2**-maxE would overflow
            double[] w = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                w[i] = v[i] / Double.MIN_NORMAL; // subnormals to normals
            }
            return Double.MIN_NORMAL * norm(w, max / Double.MIN_NORMAL, false);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        for (double x0 : v) {
            double x = x0 * scale; // exact
            double prHi = x * x;
            double prLo = Math.fma(x, x, -prHi); // exact square
            double smHi = csum + prHi;
            double smLo = (csum - smHi) + prHi; // exact sum: csum >= prHi
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
        double prHi = -h * h;
        double prLo = Math.fma(-h, h, -prHi);
        double smHi = csum + prHi;
        double smLo = (csum - smHi) + prHi;
        csum = smHi;
        frac1 += prLo;
        frac2 += smLo;
        double x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h); // differential correction
        return h / scale;
    }
}
