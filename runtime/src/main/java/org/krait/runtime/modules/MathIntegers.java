package org.krait.runtime.modules;

import java.math.BigInteger;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.ops.Abstract;

/** The integer functions of the math module: factorial, comb, perm, isqrt, gcd, lcm. */
final class MathIntegers {
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private MathIntegers() {
    }

    static void define(PyModule m) {
        m.def("factorial(n, /)", (ts, a) -> factorial(ts, a[0]));
        m.def("comb(n, k, /)", (ts, a) -> comb(ts, a[0], a[1]));
        m.def("perm(n, k=None, /)", (ts, a) -> perm(ts, a[0], a[1]));
        m.def("isqrt(n, /)", (ts, a) -> {
            PyInt n = Abstract.index(ts, a[0]);
            if (n.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(n.fitsLong() ? BigInteger.valueOf(isqrt(n.value)) : n.big.sqrt());
        });
        m.def("gcd(*integers)", (ts, a) -> gcd(ts, ((PyTuple) a[0]).items));
        m.def("lcm(*integers)", (ts, a) -> lcm(ts, ((PyTuple) a[0]).items));
    }

    /** The product lo * (lo+1) * ... * hi by halves, so that the big multiplications are balanced. */
    private static BigInteger product(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = lo + (hi - lo) / 2;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** math.factorial(n): n through __index__, refused when negative or past a C long. */
    private static PyObject factorial(ThreadState ts, PyObject arg) {
        PyInt n = Abstract.index(ts, arg);
        if (n.signum() < 0) {
            throw Errors.valueError("factorial() not defined for negative values");
        }
        if (!n.fitsLong()) {
            throw Errors.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        return PyInt.of(factorial(n.value));
    }

    static BigInteger factorial(long n) {
        if (n > Integer.MAX_VALUE) {
            throw Errors.memoryError();
        }
        return n < 2 ? BigInteger.ONE : product(2, n);
    }

    private static long isqrt(long n) {
        long r = (long) Math.sqrt((double) n);
        while (r * r > n) {
            r--;
        }
        while ((r + 1) * (r + 1) <= n && (r + 1) * (r + 1) > 0) {
            r++;
        }
        return r;
    }

    /** n, k as non-negative ints ("n must be a non-negative integer"). */
    private static PyInt[] nonNegative(ThreadState ts, PyObject n, PyObject k) {
        PyInt ni = Abstract.index(ts, n);
        PyInt ki = Abstract.index(ts, k);
        if (ni.signum() < 0) {
            throw Errors.valueError("n must be a non-negative integer");
        }
        if (ki.signum() < 0) {
            throw Errors.valueError("k must be a non-negative integer");
        }
        return new PyInt[] {ni, ki};
    }

    /** n! / (n-k)! : the product of the k numbers n-k+1 .. n. */
    private static BigInteger fallingProduct(BigInteger n, long k) {
        if (k == 0) {
            return BigInteger.ONE;
        }
        if (n.bitLength() < 63) {
            return product(n.longValue() - k + 1, n.longValue());
        }
        return fallingBig(n.subtract(BigInteger.valueOf(k - 1)), n);
    }

    private static BigInteger fallingBig(BigInteger lo, BigInteger hi) {
        BigInteger count = hi.subtract(lo);
        if (count.compareTo(BigInteger.valueOf(8)) < 0) {
            BigInteger r = lo;
            for (BigInteger i = lo.add(BigInteger.ONE); i.compareTo(hi) <= 0; i = i.add(BigInteger.ONE)) {
                r = r.multiply(i);
            }
            return r;
        }
        BigInteger mid = lo.add(count.shiftRight(1));
        return fallingBig(lo, mid).multiply(fallingBig(mid.add(BigInteger.ONE), hi));
    }

    /** k as a factor count: OverflowError past a C long long, MemoryError past what we can multiply. */
    private static long count(BigInteger k, String overflowMessage) {
        if (k.compareTo(LONG_MAX) > 0) {
            throw Errors.overflowError(overflowMessage + Long.MAX_VALUE);
        }
        if (k.longValue() > Integer.MAX_VALUE) {
            throw Errors.memoryError();
        }
        return k.longValue();
    }

    private static PyObject comb(ThreadState ts, PyObject n, PyObject k) {
        PyInt[] nk = nonNegative(ts, n, k);
        BigInteger nb = nk[0].toBig();
        BigInteger kb = nk[1].toBig();
        BigInteger rest = nb.subtract(kb);
        if (rest.signum() < 0) {
            return PyInt.ZERO;
        }
        if (rest.compareTo(kb) < 0) {
            kb = rest;
        }
        long kl = count(kb, "min(n - k, k) must not exceed ");
        return PyInt.of(fallingProduct(nb, kl).divide(factorial(kl)));
    }

    private static PyObject perm(ThreadState ts, PyObject n, PyObject k) {
        if (k == PyNone.NONE) {
            return factorial(ts, n);
        }
        PyInt[] nk = nonNegative(ts, n, k);
        BigInteger nb = nk[0].toBig();
        BigInteger kb = nk[1].toBig();
        if (nb.compareTo(kb) < 0) {
            return PyInt.ZERO;
        }
        return PyInt.of(fallingProduct(nb, count(kb, "k must not exceed ")));
    }

    private static PyObject gcd(ThreadState ts, PyObject[] args) {
        if (args.length == 0) {
            return PyInt.ZERO;
        }
        BigInteger r = Abstract.index(ts, args[0]).toBig().abs();
        for (int i = 1; i < args.length; i++) {
            BigInteger x = Abstract.index(ts, args[i]).toBig();
            if (!r.equals(BigInteger.ONE)) {
                r = r.gcd(x);
            }
        }
        return PyInt.of(r);
    }

    private static PyObject lcm(ThreadState ts, PyObject[] args) {
        if (args.length == 0) {
            return PyInt.ONE;
        }
        BigInteger r = Abstract.index(ts, args[0]).toBig().abs();
        for (int i = 1; i < args.length; i++) {
            BigInteger x = Abstract.index(ts, args[i]).toBig();
            if (r.signum() == 0) {
                continue; // the result stays 0; later arguments are still checked
            }
            if (x.signum() == 0) {
                r = BigInteger.ZERO;
                continue;
            }
            r = r.divide(r.gcd(x)).multiply(x.abs());
        }
        return PyInt.of(r);
    }
}
