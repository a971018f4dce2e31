package org.krait.runtime.builtins;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyComplex;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Calls;

/**
 * Three-argument {@code pow(base, exp, mod)}: Objects/abstract.c ternary_op. The nb_power slot of
 * base's type, then exp's (first if exp's type is a subclass), then mod's, each given all three
 * operands. A class written in Python takes part only as the base (slot_nb_power: three-argument
 * power never calls {@code __rpow__}).
 */
final class TernaryPow {
    private TernaryPow() {
    }

    static PyObject pow(ThreadState ts, PyObject v, PyObject w, PyObject z) {
        PyType tv = v.type();
        PyType tw = w.type();
        PyType tz = z.type();
        PyType first = tv;
        PyType second = tw == tv ? null : tw;
        if (second != null && tw.isSubtypeOf(tv)) {
            first = tw;
            second = tv;
        }
        PyObject r = slot(ts, first, v, w, z);
        if (r == PyNotImplemented.NOT_IMPLEMENTED && second != null) {
            r = slot(ts, second, v, w, z);
        }
        if (r == PyNotImplemented.NOT_IMPLEMENTED && tz != tv && tz != tw) {
            r = slot(ts, tz, v, w, z);
        }
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + tv.name() + "', '" + tw.name()
                    + "', '" + tz.name() + "'");
        }
        return r;
    }

    /** The nb_power of type {@code t} called as {@code (v, w, z)}. */
    private static PyObject slot(ThreadState ts, PyType t, PyObject v, PyObject w, PyObject z) {
        if (definedInPython(t)) {
            if (v.type() != t) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyObject r = Calls.callSpecial(ts, v, "__pow__", w, z);
            return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
        }
        if (t.isSubtypeOf(PyInt.TYPE)) {
            // long_pow: all three must be ints
            if (!(v instanceof PyInt) || !(w instanceof PyInt) || !(z instanceof PyInt)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return Calls.callMethod(ts, PyInt.TYPE.lookup("__pow__"), v, new PyObject[] {w, z}, null);
        }
        if (t.isSubtypeOf(PyFloat.TYPE)) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (t.isSubtypeOf(PyComplex.TYPE)) {
            // complex_pow converts base and exponent first
            if (!isNumber(v) || !isNumber(w)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            throw Errors.valueError("complex modulo");
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
    }

    /** Whether {@code __pow__}/{@code __rpow__} come from a class body (the type then uses slot_nb_power). */
    private static boolean definedInPython(PyType t) {
        return t.lookup("__pow__") instanceof PyFunction || t.lookup("__rpow__") instanceof PyFunction;
    }
}
