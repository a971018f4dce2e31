package org.krait.runtime.builtins;

import java.util.List;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.ops.Iteration;
import org.krait.runtime.ops.Numbers;
import org.krait.runtime.types.ListSort;
import org.krait.runtime.types.TypeMethods;

/** abs, divmod, pow, round, chr, ord, hex/oct/bin, min/max, sum, sorted, any, all. */
final class NumericFunctions {
    private NumericFunctions() {
    }

    static void define(PyModule m) {
        m.def("abs(x, /)", (ts, a) -> {
            PyObject r = Calls.callSpecial(ts, a[0], "__abs__");
            if (r == null) {
                throw Errors.typeError("bad operand type for abs(): '" + a[0].type().name() + "'");
            }
            return r;
        });
        m.def("divmod(x, y, /)", (ts, a) -> {
            PyObject r = binarySpecial(ts, a[0], a[1], "__divmod__", "__rdivmod__");
            if (r == null) {
                throw Errors.typeError("unsupported operand type(s) for divmod(): '" + a[0].type().name() + "' and '"
                        + a[1].type().name() + "'");
            }
            return r;
        });
        m.def("pow(base, exp, mod=None)", (ts, a) -> {
            if (a[2] == PyNone.NONE) {
                return Numbers.binaryOp(ts, Numbers.POWER, a[0], a[1]);
            }
            PyObject r = Calls.callSpecial(ts, a[0], "__pow__", a[1], a[2]);
            if (r == null || r == org.krait.runtime.object.PyNotImplemented.NOT_IMPLEMENTED) {
                throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + a[0].type().name()
                        + "', '" + a[1].type().name() + "', '" + a[2].type().name() + "'");
            }
            return r;
        });
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
                int n = s.length();
                if (n != 1) {
                    throw Errors.typeError("ord() expected a character, but string of length " + n + " found");
                }
                return PyInt.of(s.value.codePointAt(0));
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
        m.def("min(*args, key=None, default=?)", (ts, a) -> minmax(ts, a, "min", Abstract.LT));
        m.def("max(*args, key=None, default=?)", (ts, a) -> minmax(ts, a, "max", Abstract.GT));
        m.def("sum(iterable, /, start=0)", NumericFunctions::sum);
        m.def("sorted(iterable, /, *, key=None, reverse=False)", (ts, a) -> {
            PyList l = new PyList(TypeMethods.toList(ts, a[0]).toArray(new PyObject[0]));
            ListSort.sort(ts, l, a[1], Abstract.isTrue(ts, a[2]));
            return l;
        });
        m.def("any(iterable, /)", (ts, a) -> {
            PyObject it = Iteration.iter(ts, a[0]);
            for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
                if (Abstract.isTrue(ts, x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        m.def("all(iterable, /)", (ts, a) -> {
            PyObject it = Iteration.iter(ts, a[0]);
            for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
                if (!Abstract.isTrue(ts, x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
    }

    private static PyObject binarySpecial(ThreadState ts, PyObject x, PyObject y, String op, String rop) {
        PyObject r = Calls.callSpecial(ts, x, op, y);
        if (r != null && r != org.krait.runtime.object.PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        if (x.type() != y.type()) {
            r = Calls.callSpecial(ts, y, rop, x);
            if (r != null && r != org.krait.runtime.object.PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return null;
    }

    private static String radix(ThreadState ts, PyObject v, int radix, String prefix) {
        PyInt i = Abstract.index(ts, v);
        java.math.BigInteger b = i.toBig();
        String digits = b.abs().toString(radix);
        return (b.signum() < 0 ? "-" : "") + prefix + digits;
    }

    private static PyObject minmax(ThreadState ts, PyObject[] a, String name, int op) {
        PyTuple args = (PyTuple) a[0];
        PyObject key = a[1];
        PyObject dflt = a[2];
        List<PyObject> items;
        if (args.size() == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        if (args.size() == 1) {
            items = TypeMethods.toList(ts, args.get(0));
        } else {
            if (dflt != null) {
                throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            items = List.of(args.items);
        }
        if (items.isEmpty()) {
            if (dflt != null) {
                return dflt;
            }
            throw Errors.valueError(name + "() iterable argument is empty");
        }
        PyObject best = items.get(0);
        PyObject bestKey = key == PyNone.NONE ? best : Calls.call(ts, key, best);
        for (int i = 1; i < items.size(); i++) {
            PyObject x = items.get(i);
            PyObject k = key == PyNone.NONE ? x : Calls.call(ts, key, x);
            if (Abstract.richCompareBool(ts, k, bestKey, op)) {
                best = x;
                bestKey = k;
            }
        }
        return best;
    }

    private static PyObject sum(ThreadState ts, PyObject[] a) {
        PyObject acc = a[1];
        if (acc instanceof PyStr) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (acc.type().name().equals("bytes")) {
            throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (acc.type().name().equals("bytearray")) {
            throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObject it = Iteration.iter(ts, a[0]);
        for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
            acc = Numbers.binaryOp(ts, Numbers.ADD, acc, x);
        }
        return acc;
    }
}
