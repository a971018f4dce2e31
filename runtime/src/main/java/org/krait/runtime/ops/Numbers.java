package org.krait.runtime.ops;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyByteArray;
import org.krait.runtime.object.PyBytes;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyMethodDescr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyType;
import org.krait.runtime.types.FloatMethods;
import org.krait.runtime.types.IntMethods;

/**
 * The number protocol: BINARY_OP and the unary operators. Operator numbering is CPython 3.12's
 * BINARY_OP oparg (NB_ADD = 0 … NB_XOR = 12, in-place forms + 13). Exact int and float operands
 * are computed directly; everything else follows the reflected-operand rules of binary_op1.
 */
public final class Numbers {
    public static final int ADD = 0;
    public static final int AND = 1;
    public static final int FLOOR_DIVIDE = 2;
    public static final int LSHIFT = 3;
    public static final int MATRIX_MULTIPLY = 4;
    public static final int MULTIPLY = 5;
    public static final int REMAINDER = 6;
    public static final int OR = 7;
    public static final int POWER = 8;
    public static final int RSHIFT = 9;
    public static final int SUBTRACT = 10;
    public static final int TRUE_DIVIDE = 11;
    public static final int XOR = 12;
    public static final int INPLACE = 13;

    private static final String[] NAMES = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
        "rshift", "sub", "truediv", "xor"};
    private static final String[] SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    private static final String[] OP = new String[13];
    private static final String[] ROP = new String[13];
    private static final String[] IOP = new String[13];

    static {
        for (int i = 0; i < 13; i++) {
            OP[i] = "__" + NAMES[i] + "__";
            ROP[i] = "__r" + NAMES[i] + "__";
            IOP[i] = "__i" + NAMES[i] + "__";
        }
    }

    private Numbers() {
    }

    // Small entry points for the commonest operators: their int fast path is small enough for the JIT
    // to inline into generated code; everything else goes to binaryOp.

    public static PyObject subtract(ThreadState ts, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.big == null && y.big == null) {
                long r = x.value - y.value;
                if (((x.value ^ y.value) & (x.value ^ r)) >= 0) {
                    return PyInt.of(r);
                }
            }
        }
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return new PyFloat(((PyFloat) a).value - ((PyFloat) b).value);
        }
        return OutOfLine.binaryOp(ts, SUBTRACT, a, b);
    }

    public static PyObject multiply(ThreadState ts, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.big == null && y.big == null) {
                long hi = Math.multiplyHigh(x.value, y.value);
                long lo = x.value * y.value;
                if (hi == 0 && lo >= 0 || hi == -1 && lo < 0) {
                    return PyInt.of(lo);
                }
            }
        }
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return new PyFloat(((PyFloat) a).value * ((PyFloat) b).value);
        }
        return OutOfLine.binaryOp(ts, MULTIPLY, a, b);
    }

    /*
     * The other int operators, each in a small entry so that generated code inlines its fast path
     * with the operator fixed: binaryOp's int path (IntMethods.binary) switches on the operator in
     * a method too big for HotSpot to inline. Ints have no in-place methods, so the in-place forms
     * share the fast path. Anything but two ints that fit a long goes to binaryOp.
     */

    private static boolean longs(PyObject a, PyObject b) {
        return a.getClass() == PyInt.class && b.getClass() == PyInt.class && ((PyInt) a).big == null
                && ((PyInt) b).big == null;
    }

    private static long lv(PyObject o) {
        return ((PyInt) o).value;
    }

    /** {@code x // y} and {@code x % y} when they cannot fail or overflow a long. */
    private static boolean divisible(PyObject a, PyObject b) {
        return longs(a, b) && lv(b) != 0 && (lv(b) != -1 || lv(a) != Long.MIN_VALUE);
    }

    /** {@code x << y} when it fits a long. */
    private static boolean shiftable(PyObject a, PyObject b) {
        return longs(a, b) && lv(b) >= 0 && lv(b) < 63 && (lv(a) << lv(b)) >> lv(b) == lv(a);
    }

    public static PyObject remainder(ThreadState ts, PyObject a, PyObject b) {
        return divisible(a, b) ? PyInt.of(Math.floorMod(lv(a), lv(b))) : OutOfLine.binaryOp(ts, REMAINDER, a, b);
    }

    public static PyObject inplaceRemainder(ThreadState ts, PyObject a, PyObject b) {
        return divisible(a, b) ? PyInt.of(Math.floorMod(lv(a), lv(b))) : OutOfLine.binaryOp(ts, INPLACE + REMAINDER, a, b);
    }

    public static PyObject floorDivide(ThreadState ts, PyObject a, PyObject b) {
        return divisible(a, b) ? PyInt.of(Math.floorDiv(lv(a), lv(b))) : OutOfLine.binaryOp(ts, FLOOR_DIVIDE, a, b);
    }

    public static PyObject inplaceFloorDivide(ThreadState ts, PyObject a, PyObject b) {
        return divisible(a, b) ? PyInt.of(Math.floorDiv(lv(a), lv(b))) : OutOfLine.binaryOp(ts, INPLACE + FLOOR_DIVIDE, a, b);
    }

    public static PyObject and(ThreadState ts, PyObject a, PyObject b) {
        return longs(a, b) ? PyInt.of(lv(a) & lv(b)) : OutOfLine.binaryOp(ts, AND, a, b);
    }

    public static PyObject inplaceAnd(ThreadState ts, PyObject a, PyObject b) {
        return longs(a, b) ? PyInt.of(lv(a) & lv(b)) : OutOfLine.binaryOp(ts, INPLACE + AND, a, b);
    }

    public static PyObject or(ThreadState ts, PyObject a, PyObject b) {
        return longs(a, b) ? PyInt.of(lv(a) | lv(b)) : OutOfLine.binaryOp(ts, OR, a, b);
    }

    public static PyObject inplaceOr(ThreadState ts, PyObject a, PyObject b) {
        return longs(a, b) ? PyInt.of(lv(a) | lv(b)) : OutOfLine.binaryOp(ts, INPLACE + OR, a, b);
    }

    public static PyObject xor(ThreadState ts, PyObject a, PyObject b) {
        return longs(a, b) ? PyInt.of(lv(a) ^ lv(b)) : OutOfLine.binaryOp(ts, XOR, a, b);
    }

    public static PyObject inplaceXor(ThreadState ts, PyObject a, PyObject b) {
        return longs(a, b) ? PyInt.of(lv(a) ^ lv(b)) : OutOfLine.binaryOp(ts, INPLACE + XOR, a, b);
    }

    public static PyObject lshift(ThreadState ts, PyObject a, PyObject b) {
        return shiftable(a, b) ? PyInt.of(lv(a) << lv(b)) : OutOfLine.binaryOp(ts, LSHIFT, a, b);
    }

    public static PyObject inplaceLshift(ThreadState ts, PyObject a, PyObject b) {
        return shiftable(a, b) ? PyInt.of(lv(a) << lv(b)) : OutOfLine.binaryOp(ts, INPLACE + LSHIFT, a, b);
    }

    public static PyObject rshift(ThreadState ts, PyObject a, PyObject b) {
        return longs(a, b) && lv(b) >= 0 ? PyInt.of(lv(a) >> Math.min(lv(b), 63)) : OutOfLine.binaryOp(ts, RSHIFT, a, b);
    }

    public static PyObject inplaceRshift(ThreadState ts, PyObject a, PyObject b) {
        return longs(a, b) && lv(b) >= 0 ? PyInt.of(lv(a) >> Math.min(lv(b), 63))
                : OutOfLine.binaryOp(ts, INPLACE + RSHIFT, a, b);
    }

    /** {@code a += b}: ints and strs have no __iadd__, so their fast path is the binary one. */
    public static PyObject inplaceAdd(ThreadState ts, PyObject a, PyObject b) {
        Class<?> c = a.getClass();
        if (c == b.getClass() && (c == PyInt.class || c == PyFloat.class || c == PyStr.class)) {
            return add(ts, a, b);
        }
        return OutOfLine.binaryOp(ts, INPLACE + ADD, a, b);
    }

    public static PyObject inplaceSubtract(ThreadState ts, PyObject a, PyObject b) {
        if (a.getClass() == b.getClass() && (a.getClass() == PyInt.class || a.getClass() == PyFloat.class)) {
            return subtract(ts, a, b);
        }
        return OutOfLine.binaryOp(ts, INPLACE + SUBTRACT, a, b);
    }

    public static PyObject inplaceMultiply(ThreadState ts, PyObject a, PyObject b) {
        if (a.getClass() == b.getClass() && (a.getClass() == PyInt.class || a.getClass() == PyFloat.class)) {
            return multiply(ts, a, b);
        }
        return OutOfLine.binaryOp(ts, INPLACE + MULTIPLY, a, b);
    }

    /** BINARY_OP with CPython's oparg. */
    public static PyObject binaryOp(ThreadState ts, int oparg, PyObject a, PyObject b) {
        if (oparg >= INPLACE) {
            return inplace(ts, oparg - INPLACE, a, b);
        }
        PyObject r = exactNumbers(oparg, a, b);
        if (r != null) {
            return r;
        }
        if (oparg == MULTIPLY) {
            r = exactRepeat(ts, a, b);
            if (r != null) {
                return r;
            }
        }
        if (oparg == REMAINDER && a.getClass() == PyStr.class && !(b instanceof PyStr.Derived)) {
            // str.__mod__ never returns NotImplemented, so only a str subclass's __rmod__ could come first
            return org.krait.runtime.types.StrMethods.mod(ts, (PyStr) a, b);
        }
        r = binaryOrNotImplemented(ts, oparg, a, b);
        if (r == Abstract.NOT_IMPLEMENTED) {
            r = sequenceOp(ts, oparg, a, b, false);
            if (r == null) {
                throw unsupported(oparg, a, b, false);
            }
        }
        return r;
    }

    /** Operator {@code op} (not in-place) computed directly for exact int and float operands, else null. */
    private static PyObject exactNumbers(int op, PyObject a, PyObject b) {
        Class<?> ca = a.getClass();
        Class<?> cb = b.getClass();
        if (ca == PyInt.class && cb == PyInt.class) {
            return IntMethods.binary(op, (PyInt) a, (PyInt) b);
        }
        if (ca == PyFloat.class && (cb == PyFloat.class || cb == PyInt.class)
                || cb == PyFloat.class && ca == PyInt.class) {
            return FloatMethods.binary(op, a, b);
        }
        return ca == PyBool.class || cb == PyBool.class ? boolNumbers(op, a, b) : null;
    }

    /**
     * exactNumbers with a bool operand: bool has int's number slots except {@code & | ^}, which
     * give a bool for two bools (bool_and/or/xor) and int's result otherwise, so everything else
     * is computed as for ints (as in {@code total + (x == y)}), and with a float as for floats.
     */
    private static PyObject boolNumbers(int op, PyObject a, PyObject b) {
        Class<?> ca = a.getClass();
        Class<?> cb = b.getClass();
        boolean ia = ca == PyInt.class || ca == PyBool.class;
        boolean ib = cb == PyInt.class || cb == PyBool.class;
        if (ia && ib) {
            if (ca == PyBool.class && cb == PyBool.class && (op == AND || op == OR || op == XOR)) {
                return null;
            }
            return IntMethods.binary(op, (PyInt) a, (PyInt) b);
        }
        if (ia && cb == PyFloat.class || ib && ca == PyFloat.class) {
            return FloatMethods.binary(op, a, b);
        }
        return null;
    }

    public static PyObject add(ThreadState ts, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.big == null && y.big == null) {
                long r = x.value + y.value;
                if (((x.value ^ r) & (y.value ^ r)) >= 0) {
                    return PyInt.of(r);
                }
            }
        }
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return new PyFloat(((PyFloat) a).value + ((PyFloat) b).value);
        }
        // str + str goes out of line too: copying the text dwarfs a call
        return OutOfLine.binaryOp(ts, ADD, a, b);
    }

    public static PyObject trueDivide(ThreadState ts, PyObject a, PyObject b) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class && ((PyFloat) b).value != 0.0) {
            return new PyFloat(((PyFloat) a).value / ((PyFloat) b).value);
        }
        return OutOfLine.binaryOp(ts, TRUE_DIVIDE, a, b);
    }

    /** {@code a /= b}: floats have no __itruediv__, so their fast path is the binary one. */
    public static PyObject inplaceTrueDivide(ThreadState ts, PyObject a, PyObject b) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return trueDivide(ts, a, b);
        }
        return OutOfLine.binaryOp(ts, INPLACE + TRUE_DIVIDE, a, b);
    }

    private static PyObject inplace(ThreadState ts, int op, PyObject a, PyObject b) {
        PyType t = a.type();
        if (t.isHeapType() || a.getClass() != PyInt.class && a.getClass() != PyFloat.class
                && a.getClass() != PyStr.class) {
            PyObject r = callNumberSlot(ts, a, IOP[op], b);
            if (r != null && r != Abstract.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op == ADD && a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return add(ts, a, b);
        }
        PyObject r = exactNumbers(op, a, b);
        if (r != null) {
            return r;
        }
        r = binaryOrNotImplemented(ts, op, a, b);
        if (r == Abstract.NOT_IMPLEMENTED) {
            r = sequenceOp(ts, op, a, b, true);
            if (r == null) {
                throw unsupported(op, a, b, true);
            }
        }
        return r;
    }

    /**
     * The built-in + and * of str, bytes, bytearray, list and tuple are CPython's sequence slots
     * (sq_concat, sq_repeat, sq_inplace_*), not number slots: the operator tries the number
     * methods of both operands first (so another operand's __radd__ wins) and these last.
     */
    private static boolean isSequenceSlot(PyObject m) {
        if (!(m instanceof PyMethodDescr)) {
            return false;
        }
        String n = ((PyMethodDescr) m).name();
        if (!n.equals("__add__") && !n.equals("__mul__") && !n.equals("__rmul__") && !n.equals("__iadd__")
                && !n.equals("__imul__")) {
            return false;
        }
        PyType o = ((PyMethodDescr) m).owner;
        return o == PyStr.TYPE || o == PyBytes.TYPE || o == PyByteArray.TYPE || o == PyList.TYPE
                || o == PyTuple.TYPE;
    }

    /** A special method that is a number slot: null when the type has none or only a sequence slot. */
    private static PyObject callNumberSlot(ThreadState ts, PyObject self, String name, PyObject arg) {
        PyObject m = self.type().lookup(name);
        if (m == null || isSequenceSlot(m)) {
            return null;
        }
        return Calls.callSpecial(ts, self, name, arg);
    }

    private static PyObject sequenceSlot(PyObject o, String name) {
        PyObject m = o.type().lookup(name);
        return isSequenceSlot(m) ? m : null;
    }

    /** PyNumber_Add / PyNumber_Multiply (and in-place) after the number slots: concat and repeat. */
    private static PyObject sequenceOp(ThreadState ts, int op, PyObject a, PyObject b, boolean inplace) {
        if (op == ADD) {
            PyObject f = inplace ? sequenceSlot(a, "__iadd__") : null;
            f = f != null ? f : sequenceSlot(a, "__add__");
            return f == null ? null : Calls.callMethod(ts, f, a, new PyObject[] {b}, null);
        }
        if (op == MULTIPLY) {
            PyObject f = inplace ? sequenceSlot(a, "__imul__") : null;
            f = f != null ? f : sequenceSlot(a, "__mul__");
            if (f != null) {
                return repeat(ts, f, a, b);
            }
            f = sequenceSlot(b, "__mul__");
            if (f != null) {
                return repeat(ts, f, b, a);
            }
        }
        return null;
    }

    /**
     * An exact list, tuple or str times an exact int (either order, as {@code [0] * n}): the
     * repeat itself, since neither operand has a number slot that could answer first. Else null.
     */
    private static PyObject exactRepeat(ThreadState ts, PyObject a, PyObject b) {
        PyObject seq = b.getClass() == PyInt.class ? a : a.getClass() == PyInt.class ? b : null;
        PyObject n = seq == a ? b : a;
        Class<?> c = seq == null ? null : seq.getClass();
        if (c == PyList.class) {
            return org.krait.runtime.types.ListMethods.repeated(ts, (PyList) seq, n);
        }
        if (c == PyTuple.class) {
            return org.krait.runtime.types.TupleMethods.repeat(ts, seq, n);
        }
        if (c == PyStr.class) {
            return org.krait.runtime.types.StrMethods.repeat(ts, (PyStr) seq, n);
        }
        return null;
    }

    /** sequence_repeat: the count must be an index. */
    private static PyObject repeat(ThreadState ts, PyObject f, PyObject seq, PyObject n) {
        if (!(n instanceof PyInt) && n.type().lookup("__index__") == null) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + n.type().name() + "'");
        }
        return Calls.callMethod(ts, f, seq, new PyObject[] {n}, null);
    }

    /** binary_op1: left operand's method, the right operand's reflected one, subclass first. */
    public static PyObject binaryOrNotImplemented(ThreadState ts, int op, PyObject a, PyObject b) {
        return binaryOrNotImplemented(ts, OP[op], ROP[op], a, b);
    }

    /** binary_op1 for any pair of special method names (also {@code __divmod__}/{@code __rdivmod__}). */
    public static PyObject binaryOrNotImplemented(ThreadState ts, String op, String rop, PyObject a, PyObject b) {
        PyType ta = a.type();
        PyType tb = b.type();
        boolean triedRight = false;
        if (ta != tb && tb.isSubtypeOf(ta)) {
            PyObject rb = tb.lookup(rop);
            if (rb != null && rb != ta.lookup(rop) && !isSequenceSlot(rb)) {
                triedRight = true;
                PyObject r = Calls.callSpecial(ts, b, rop, a);
                if (r != Abstract.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        PyObject r = callNumberSlot(ts, a, op, b);
        if (r != null && r != Abstract.NOT_IMPLEMENTED) {
            return r;
        }
        if (ta != tb && !triedRight) {
            r = callNumberSlot(ts, b, rop, a);
            if (r != null && r != Abstract.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return Abstract.NOT_IMPLEMENTED;
    }

    private static RuntimeException unsupported(int op, PyObject a, PyObject b, boolean inplace) {
        String sym = SYMBOLS[op] + (inplace ? "=" : "");
        if (op == POWER && !inplace) {
            sym = "** or pow()";
        }
        if (op == RSHIFT && !inplace && a instanceof org.krait.runtime.object.PyBuiltinFunction
                && ((org.krait.runtime.object.PyBuiltinFunction) a).name().equals("print")) {
            return Errors.typeError("unsupported operand type(s) for >>: 'builtin_function_or_method' and '"
                    + b.type().name() + "'. Did you mean \"print(<message>, file=<output_stream>)\"?");
        }
        return Errors.typeError("unsupported operand type(s) for " + sym + ": '" + a.type().name() + "' and '"
                + b.type().name() + "'");
    }

    public static String symbol(int op) {
        return op >= INPLACE ? SYMBOLS[op - INPLACE] + "=" : SYMBOLS[op];
    }

    // ---- unary ----

    public static PyObject negative(ThreadState ts, PyObject v) {
        if (v.getClass() == PyInt.class) {
            return IntMethods.negate((PyInt) v);
        }
        if (v.getClass() == PyFloat.class) {
            return new PyFloat(-((PyFloat) v).value);
        }
        return unary(ts, v, "__neg__", "-");
    }

    public static PyObject positive(ThreadState ts, PyObject v) {
        if (v.getClass() == PyInt.class || v.getClass() == PyFloat.class) {
            return v;
        }
        return unary(ts, v, "__pos__", "+");
    }

    public static PyObject invert(ThreadState ts, PyObject v) {
        if (v.getClass() == PyInt.class) {
            return IntMethods.invert((PyInt) v);
        }
        return unary(ts, v, "__invert__", "~");
    }

    private static PyObject unary(ThreadState ts, PyObject v, String name, String sym) {
        PyObject r = Calls.callSpecial(ts, v, name);
        if (r == null) {
            throw Errors.typeError("bad operand type for unary " + sym + ": '" + v.type().name() + "'");
        }
        return r;
    }
}
