package org.krait.runtime.builtins;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.ops.Numbers;
import org.krait.runtime.types.IntMethods;

/** abs, divmod, pow, round, chr, ord, hex/oct/bin. */
final class NumericFunctions {
    private NumericFunctions() {
    }

    static void define(PyModule m) {
        m.def("abs(x, /)", (ts, a) -> {
            // exact ints and floats: their own __abs__, without looking it up
            if (a[0].getClass() == PyInt.class) {
                return IntMethods.abs((PyInt) a[0]);
            }
            if (a[0].getClass() == PyFloat.class) {
                return new PyFloat(Math.abs(((PyFloat) a[0]).value));
            }
            PyObject r = Calls.callSpecial(ts, a[0], "__abs__");
            if (r == null) {
                throw Errors.typeError("bad operand type for abs(): '" + a[0].type().name() + "'");
            }
            return r;
        });
        m.def("divmod(x, y, /)", (ts, a) -> {
            if (a[0].getClass() == PyInt.class && a[1].getClass() == PyInt.class) {
                return IntMethods.divmod((PyInt) a[0], (PyInt) a[1]); // int's slot is the only one to ask
            }
            PyObject r = Numbers.binaryOrNotImplemented(ts, "__divmod__", "__rdivmod__", a[0], a[1]);
            if (r == PyNotImplemented.NOT_IMPLEMENTED) {
                throw Errors.typeError("unsupported operand type(s) for divmod(): '" + a[0].type().name() + "' and '"
                        + a[1].type().name() + "'");
            }
            return r;
        });
        m.def("pow(base, exp, mod=None)", (ts, a) -> a[2] == PyNone.NONE
                ? Numbers.binaryOp(ts, Numbers.POWER, a[0], a[1]) : TernaryPow.pow(ts, a[0], a[1], a[2]));
        m.def("round(number, ndigits=None)", (ts, a) -> {
            PyObject r = a[1] == PyNone.NONE ? Calls.callSpecial(ts, a[0], "__round__")
                    : Calls.callSpecial(ts, a[0], "__round__", a[1]);
            if (r == null) {
                throw Errors.typeError("type " + a[0].type().name() + " doesn't define __round__ method");
            }
            return r;
        });
        m.def("chr(i, /)", (ts, a) -> {
            PyInt i = Abstract.index(ts, a[0]);
            if (!i.fitsLong() || i.value < 0 || i.value > 0x10FFFF) {
                if (!i.fitsLong() || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
                    throw Errors.overflowError("Python int too large to convert to C int");
                }
                throw Errors.valueError("chr() arg not in range(0x110000)");
            }
            return PyStr.ofCodePoint((int) i.value);
        });
        m.def("ord(c, /)", (ts, a) -> {
            if (a[0] instanceof PyStr) {
                PyStr s = (PyStr) a[0];
                String v = s.value();
                if (v.length() == 1) {
                    // one char is one code point (a wide str's merged text is longer), surrogate or not
                    return PyInt.of(v.charAt(0));
                }
                int n = s.length();
                if (n != 1) {
                    throw Errors.typeError("ord() expected a character, but string of length " + n + " found");
                }
                return PyInt.of(s.value().codePointAt(0));
            }
            if (a[0] instanceof org.krait.runtime.object.PyBytes || a[0] instanceof org.krait.runtime.object.PyByteArray) {
                byte[] b = org.krait.runtime.types.Buffers.bytesLike(a[0]);
                if (b.length != 1) {
                    throw Errors.typeError("ord() expected a character, but string of length " + b.length + " found");
                }
                return PyInt.of(b[0] & 0xFF);
            }
            throw Errors.typeError("ord() expected string of length 1, but " + a[0].type().name() + " found");
        });
        m.def("hex(number, /)", (ts, a) -> PyStr.of(radix(ts, a[0], 16, "0x")));
        m.def("oct(number, /)", (ts, a) -> PyStr.of(radix(ts, a[0], 8, "0o")));
        m.def("bin(number, /)", (ts, a) -> PyStr.of(radix(ts, a[0], 2, "0b")));
    }

    private static String radix(ThreadState ts, PyObject v, int radix, String prefix) {
        PyInt i = Abstract.index(ts, v);
        java.math.BigInteger b = i.toBig();
        String digits = b.abs().toString(radix);
        return (b.signum() < 0 ? "-" : "") + prefix + digits;
    }
}
