package org.krait.runtime.ops;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PySet;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.types.FloatMethods;
import org.krait.runtime.types.IntMethods;
import org.krait.runtime.text.StrOps;
import org.krait.runtime.types.SetMethods;
import org.krait.runtime.types.TupleMethods;
import org.krait.runtime.types.StrMethods;

/**
 * The object protocols of Objects/abstract.c and object.c: truth, hash, repr/str, rich comparison,
 * length, containment and {@code __index__}. Exact built-in types take a direct path; everything
 * else goes through the special methods found on the type (ADR 0003).
 */
public final class Abstract {
    public static final int LT = 0;
    public static final int LE = 1;
    public static final int EQ = 2;
    public static final int NE = 3;
    public static final int GT = 4;
    public static final int GE = 5;
    private static final String[] CMP_NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final String[] CMP_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    private static final int[] CMP_SWAPPED = {GT, GE, EQ, NE, LT, LE};

    private Abstract() {
    }

    static final PyObject NOT_IMPLEMENTED = PyNotImplemented.NOT_IMPLEMENTED;

    // ---- truth ----

    /** PyObject_IsTrue; the bool cases are small enough to inline into generated code. */
    public static boolean isTrue(ThreadState ts, PyObject v) {
        if (v == PyBool.TRUE) {
            return true;
        }
        if (v == PyBool.FALSE) {
            return false;
        }
        return isTrueGeneral(ts, v);
    }

    private static boolean isTrueGeneral(ThreadState ts, PyObject v) {
        if (v == PyNone.NONE) {
            return false;
        }
        Class<?> c = v.getClass();
        if (c == PyInt.class) {
            return ((PyInt) v).signum() != 0;
        }
        if (c == PyStr.class) {
            return !((PyStr) v).value().isEmpty();
        }
        if (c == PyList.class) {
            return ((PyList) v).size != 0;
        }
        if (c == PyTuple.class) {
            return ((PyTuple) v).items.length != 0;
        }
        if (c == PyDict.class) {
            return ((PyDict) v).size() != 0;
        }
        if (c == PyFloat.class) {
            return ((PyFloat) v).value != 0.0;
        }
        if (c == PySet.class) {
            return ((PySet) v).size() != 0;
        }
        return OutOfLine.isTrue(ts, v);
    }

    /** PyObject_IsTrue of an object with {@code __bool__} or {@code __len__} (or neither). */
    static boolean isTrueSlots(ThreadState ts, PyObject v) {
        PyType t = v.type();
        PyObject r = Calls.callSpecial(ts, v, "__bool__");
        if (r != null) {
            if (!(r instanceof PyBool)) {
                throw Errors.typeError("__bool__ should return bool, returned " + r.type().name());
            }
            return r == PyBool.TRUE;
        }
        if (t.lookup("__len__") != null) {
            return len(ts, v) != 0;
        }
        return true;
    }

    public static PyBool not(ThreadState ts, PyObject v) {
        return PyBool.of(!isTrue(ts, v));
    }

    // ---- hash ----

    /** PyObject_Hash. */
    public static long hash(ThreadState ts, PyObject v) {
        Class<?> c = v.getClass();
        if (c == PyStr.class) {
            return ((PyStr) v).hash();
        }
        if (c == PyInt.class || c == PyBool.class) {
            return IntMethods.hash((PyInt) v);
        }
        if (c == PyTuple.class) {
            return TupleMethods.hash(ts, ((PyTuple) v).items);
        }
        if (v == PyNone.NONE) {
            return org.krait.runtime.types.SingletonMethods.NONE_HASH;
        }
        if (c == PyFloat.class) {
            return FloatMethods.hash(((PyFloat) v).value, v);
        }
        if (c == PySet.class && ((PySet) v).frozen) {
            return ((PySet) v).frozenHash();
        }
        PyType t = v.type();
        PyObject h = t.lookup("__hash__");
        if (h == null || h == PyNone.NONE) {
            throw Errors.typeError("unhashable type: '" + t.name() + "'");
        }
        PyObject r = Calls.callSpecial(ts, v, "__hash__");
        if (!(r instanceof PyInt)) {
            throw Errors.typeError("__hash__ method should return an integer");
        }
        // slot_tp_hash: a result that fits a Py_hash_t is kept as it is; only bigger ones are hashed
        PyInt n = (PyInt) r;
        long x = n.fitsLong() ? n.value : IntMethods.hash(n);
        return x == -1 ? -2 : x;
    }

    // ---- repr / str ----

    /** PyObject_Repr, as a Java string. */
    public static String repr(ThreadState ts, PyObject v) {
        Class<?> c = v.getClass();
        if (c == PyStr.class) {
            return StrMethods.repr(((PyStr) v).value());
        }
        if (c == PyInt.class) {
            return IntMethods.toDecimalString(ts, (PyInt) v);
        }
        String exact = reprOfExact(c, v);
        if (exact != null) {
            return exact;
        }
        if (ts.reprDepth > ts.interp.recursionLimit()) {
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded while getting the repr of an object");
        }
        ts.reprDepth++;
        try {
            PyObject r = Calls.callSpecial(ts, v, "__repr__");
            if (!(r instanceof PyStr)) {
                throw Errors.typeError("__repr__ returned non-string (type " + r.type().name() + ")");
            }
            return ((PyStr) r).value();
        } finally {
            ts.reprDepth--;
        }
    }

    /** PyObject_Str, as a Java string. */
    public static String str(ThreadState ts, PyObject v) {
        Class<?> c = v.getClass();
        if (c == PyStr.class) {
            return ((PyStr) v).value();
        }
        if (c == PyInt.class) {
            return IntMethods.toDecimalString(ts, (PyInt) v);
        }
        String exact = reprOfExact(c, v);
        if (exact != null) {
            return exact;
        }
        PyObject r = Calls.callSpecial(ts, v, "__str__");
        if (!(r instanceof PyStr)) {
            throw Errors.typeError("__str__ returned non-string (type " + r.type().name() + ")");
        }
        return ((PyStr) r).value();
    }

    /** repr of an exact bool or float, whose str is the same text (no __str__ of their own); else null. */
    private static String reprOfExact(Class<?> c, PyObject v) {
        if (c == PyBool.class) {
            return v == PyBool.TRUE ? "True" : "False";
        }
        if (c == PyFloat.class) {
            return FloatMethods.repr(((PyFloat) v).value);
        }
        return null;
    }

    public static PyStr strObject(ThreadState ts, PyObject v) {
        if (v.getClass() == PyStr.class || v instanceof org.krait.runtime.object.PyWideStr) {
            return (PyStr) v; // a wide str (ADR 0008) is exact too, and its text must not merge
        }
        return PyStr.of(str(ts, v));
    }

    // ---- comparison ----

    /** COMPARE_OP: ints that fit a long compare inline; everything else as PyObject_RichCompare. */
    public static PyObject compareOp(ThreadState ts, PyObject v, PyObject w, int op) {
        Class<?> c = v.getClass();
        if (c == w.getClass()) {
            // small ints and floats inline here with op fixed (richCompare is too big to inline)
            if (c == PyInt.class) {
                PyInt x = (PyInt) v;
                PyInt y = (PyInt) w;
                if (x.big == null && y.big == null) {
                    long a = x.value;
                    long b = y.value;
                    return PyBool.of(op == LT ? a < b : op == LE ? a <= b : op == EQ ? a == b : op == NE ? a != b
                            : op == GT ? a > b : a >= b);
                }
            } else if (c == PyFloat.class) {
                return PyBool.of(compareDoubles(((PyFloat) v).value, ((PyFloat) w).value, op));
            }
        }
        return richCompare(ts, v, w, op);
    }

    private static boolean compareDoubles(double x, double y, int op) {
        return op == LT ? x < y : op == LE ? x <= y : op == EQ ? x == y : op == NE ? x != y : op == GT ? x > y : x >= y;
    }

    /** PyObject_RichCompare. */
    public static PyObject richCompare(ThreadState ts, PyObject v, PyObject w, int op) {
        Class<?> cv = v.getClass();
        if (cv == w.getClass()) {
            // exact built-in types compare directly, as CPython's specialized COMPARE_OP does
            if (cv == PyInt.class || cv == PyBool.class) {
                return PyBool.of(IntMethods.compare((PyInt) v, (PyInt) w, op));
            }
            if (cv == PyStr.class) {
                if (op == EQ || op == NE) {
                    return PyBool.of(((PyStr) v).value().equals(((PyStr) w).value()) == (op == EQ));
                }
                return PyBool.of(compareResult(PyStr.compare((PyStr) v, (PyStr) w), op));
            }
            if (cv == PyFloat.class) {
                return PyBool.of(compareDoubles(((PyFloat) v).value, ((PyFloat) w).value, op));
            }
            if (cv == PyTuple.class) {
                PyObject[] a = ((PyTuple) v).items;
                PyObject[] b = ((PyTuple) w).items;
                return org.krait.runtime.types.TupleMethods.compareItems(ts, a, b, op);
            }
            if (cv == PyList.class) {
                PyList a = (PyList) v;
                PyList b = (PyList) w;
                return org.krait.runtime.types.ListMethods.compare(ts, a, b, op);
            }
        } else {
            // bool compares as the int it is (it has int's rich comparison); float against int
            // exactly, as float_richcompare does from either side
            Class<?> cw = w.getClass();
            boolean iv = cv == PyInt.class || cv == PyBool.class;
            boolean iw = cw == PyInt.class || cw == PyBool.class;
            if (iv && iw) {
                return PyBool.of(IntMethods.compare((PyInt) v, (PyInt) w, op));
            }
            if (cv == PyFloat.class && iw) {
                return PyBool.of(FloatMethods.compareWithInt(((PyFloat) v).value, (PyInt) w, op));
            }
            if (iv && cw == PyFloat.class) {
                return PyBool.of(FloatMethods.compareWithInt(((PyFloat) w).value, (PyInt) v, CMP_SWAPPED[op]));
            }
        }
        PyType tv = v.type();
        PyType tw = w.type();
        boolean checkedReverse = false;
        if (tv != tw && tw.isSubtypeOf(tv)) {
            checkedReverse = true;
            PyObject r = Calls.callSpecial(ts, w, CMP_NAMES[CMP_SWAPPED[op]], v);
            if (r != null && r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyObject r = Calls.callSpecial(ts, v, CMP_NAMES[op], w);
        if (r != null && r != NOT_IMPLEMENTED) {
            return r;
        }
        if (!checkedReverse) {
            r = Calls.callSpecial(ts, w, CMP_NAMES[CMP_SWAPPED[op]], v);
            if (r != null && r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op == EQ) {
            return PyBool.of(v == w);
        }
        if (op == NE) {
            return PyBool.of(v != w);
        }
        throw Errors.typeError("'" + CMP_SYMBOLS[op] + "' not supported between instances of '" + tv.name() + "' and '"
                + tw.name() + "'");
    }

    /** PyObject_RichCompareBool: identity implies equality, as for containers. */
    public static boolean richCompareBool(ThreadState ts, PyObject v, PyObject w, int op) {
        if (v == w) {
            if (op == EQ) {
                return true;
            }
            if (op == NE) {
                return false;
            }
        }
        PyObject r = richCompare(ts, v, w, op);
        if (r == PyBool.TRUE) {
            return true;
        }
        if (r == PyBool.FALSE) {
            return false;
        }
        return isTrue(ts, r);
    }

    /** Whether a three-way comparison result c (negative, 0, positive) satisfies comparison op. */
    public static boolean compareResult(int c, int op) {
        switch (op) {
            case LT:
                return c < 0;
            case LE:
                return c <= 0;
            case EQ:
                return c == 0;
            case NE:
                return c != 0;
            case GT:
                return c > 0;
            default:
                return c >= 0;
        }
    }

    public static String compareSymbol(int op) {
        return CMP_SYMBOLS[op];
    }

    // ---- length, containment, index ----

    /** PyObject_Size. */
    public static int len(ThreadState ts, PyObject v) {
        long n = size(ts, v);
        if (n > Integer.MAX_VALUE) {
            // Java arrays cannot be longer; CPython's limit is sys.maxsize
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return (int) n;
    }

    /** PyObject_Size with CPython's 64-bit range, for len() itself. */
    public static long size(ThreadState ts, PyObject v) {
        Class<?> c = v.getClass();
        if (c == PyList.class) {
            return ((PyList) v).size;
        }
        if (c == PyStr.class) {
            return ((PyStr) v).length();
        }
        if (c == PyTuple.class) {
            return ((PyTuple) v).items.length;
        }
        if (c == PyDict.class) {
            return ((PyDict) v).size();
        }
        if (c == PySet.class) {
            return ((PySet) v).size();
        }
        PyObject r = Calls.callSpecial(ts, v, "__len__");
        if (r == null) {
            throw Errors.typeError("object of type '" + v.type().name() + "' has no len()");
        }
        if (!(r instanceof PyInt)) {
            throw Errors.typeError("'" + r.type().name() + "' object cannot be interpreted as an integer");
        }
        PyInt n = (PyInt) r;
        if (n.signum() < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        if (!n.fitsLong()) {
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return n.value;
    }

    /** PySequence_Contains: {@code __contains__}, else iteration. */
    public static boolean contains(ThreadState ts, PyObject container, PyObject item) {
        if (container.getClass() == PyStr.class && item instanceof PyStr) {
            PyStr s = (PyStr) container;
            PyStr sub = (PyStr) item;
            if (sub.isBmp()) {
                // chars that are no surrogates match only whole code points: Java's search is exact
                return s.value().contains(sub.value());
            }
            return StrOps.find(s.value(), s.isBmp(), sub.value(), 0, StrOps.END) >= 0;
        }
        Class<?> c = container.getClass();
        if (c == PySet.class) {
            return SetMethods.contains(ts, (PySet) container, item);
        }
        if (c == PyDict.class) {
            return ((PyDict) container).containsKey(ts, item);
        }
        PyObject r = Calls.callSpecial(ts, container, "__contains__", item);
        if (r != null) {
            return isTrue(ts, r);
        }
        PyObject it;
        try {
            it = Iteration.iter(ts, container);
        } catch (PyException e) {
            if (e.value.matches(ExceptionTypes.TYPE_ERROR)) {
                throw Errors.typeError("argument of type '" + container.type().name() + "' is not iterable");
            }
            throw e;
        }
        for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
            if (richCompareBool(ts, x, item, EQ)) {
                return true;
            }
        }
        return false;
    }

    /** PyNumber_Index: an int, via {@code __index__} for other types. */
    public static PyInt index(ThreadState ts, PyObject v) {
        if (v instanceof PyInt && (v.getClass() == PyInt.class || v.getClass() == PyBool.class)) {
            return (PyInt) v;
        }
        PyObject r = Calls.callSpecial(ts, v, "__index__");
        if (r == null) {
            throw Errors.typeError("'" + v.type().name() + "' object cannot be interpreted as an integer");
        }
        if (!(r instanceof PyInt)) {
            throw Errors.typeError("__index__ returned non-int (type " + r.type().name() + ")");
        }
        return (PyInt) r;
    }

    /** PyNumber_AsSsize_t with OverflowError: an index as a Java int. */
    public static int asIndex(ThreadState ts, PyObject v) {
        PyInt i = index(ts, v);
        if (!i.fitsLong() || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw Errors.raise(ExceptionTypes.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        return (int) i.value;
    }

    /** PyNumber_AsSsize_t(v, OverflowError): a Py_ssize_t argument such as list.insert's index. */
    public static long asSsize(ThreadState ts, PyObject v) {
        PyInt i = index(ts, v);
        if (!i.fitsLong()) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    /** Like {@link #asIndex} but clamps huge values (for slice bounds), as _PyEval_SliceIndex does. */
    public static int asClampedIndex(ThreadState ts, PyObject v) {
        PyInt i = index(ts, v);
        if (!i.fitsLong()) {
            return i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i.value));
    }
}
