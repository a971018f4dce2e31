package org.krait.runtime.types;

import java.math.BigInteger;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Calls;

/** {@code int(x=0)} and {@code int(x, base=10)} (long_new_impl), and the str↔int digit limit. */
final class IntNew {
    /** sys.int_info.default_max_str_digits. */
    static final int MAX_STR_DIGITS = 4300;

    private IntNew() {
    }

    static PyObject newInt(ThreadState ts, PyObject[] a) {
        PyType cls = (PyType) a[0];
        PyInt v = convert(ts, a[1], a[2]);
        if (cls == PyInt.TYPE) {
            return v;
        }
        return new PyInt.Derived(cls, v);
    }

    private static PyInt convert(ThreadState ts, PyObject x, PyObject base) {
        if (x == null) {
            if (base != null) {
                throw Errors.typeError("int() missing string argument");
            }
            return PyInt.ZERO;
        }
        if (base == null) {
            if (x instanceof PyInt) {
                return IntMethods.exact(x);
            }
            if (x instanceof PyFloat) {
                return fromDouble(((PyFloat) x).value);
            }
            if (x instanceof PyStr) {
                return parse(((PyStr) x).value, 10);
            }
            PyObject r = Calls.callSpecial(ts, x, "__int__");
            if (r == null) {
                r = Calls.callSpecial(ts, x, "__index__");
            }
            if (r == null) {
                r = Calls.callSpecial(ts, x, "__trunc__");
            }
            if (r == null) {
                throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                        + x.type().name() + "'");
            }
            if (!(r instanceof PyInt)) {
                throw Errors.typeError("__int__ returned non-int (type " + r.type().name() + ")");
            }
            return IntMethods.exact(r);
        }
        int b = Abstract.asIndex(ts, base);
        if (b != 0 && (b < 2 || b > 36)) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        if (!(x instanceof PyStr)) {
            throw Errors.typeError("int() can't convert non-string with explicit base");
        }
        return parse(((PyStr) x).value, b);
    }

    static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.2e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new java.math.BigDecimal(d).toBigInteger());
    }

    /** Parses an int literal as int(s, base) accepts it. */
    static PyInt parse(String text, int base) {
        String s = text.strip();
        boolean neg = false;
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            neg = s.charAt(0) == '-';
            i = 1;
        }
        int b = base;
        if (i + 1 < s.length() && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (b == 0 || b == pb)) {
                b = pb;
                i += 2;
                if (i < s.length() && s.charAt(i) == '_') {
                    i++;
                }
            }
        }
        boolean baseZero = b == 0;
        if (b == 0) {
            b = 10;
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    throw invalid(text, base);
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, b);
            if (d < 0) {
                throw invalid(text, base);
            }
            digits.append(Character.forDigit(d, b));
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) {
            throw invalid(text, base);
        }
        if (baseZero && digits.length() > 1 && digits.charAt(0) == '0' && b == 10) {
            for (int k = 0; k < digits.length(); k++) {
                if (digits.charAt(k) != '0') {
                    throw invalid(text, base);
                }
            }
        }
        if (b == 10 && digits.length() > MAX_STR_DIGITS) {
            throw Errors.valueError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion: "
                    + "value has " + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger v = new BigInteger(digits.toString(), b);
        return PyInt.of(neg ? v.negate() : v);
    }

    private static RuntimeException invalid(String text, int base) {
        return Errors.valueError("invalid literal for int() with base " + base + ": " + StrMethods.repr(text));
    }

    static void checkStrDigits(BigInteger v) {
        String s = v.abs().toString();
        if (s.length() > MAX_STR_DIGITS) {
            throw Errors.valueError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
    }
}
