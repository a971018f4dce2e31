package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.text.CodePoints;

/**
 * list.sort as CPython 3.12's list_sort_impl: keys computed once in list order, the list empty
 * meanwhile, {@code reverse} as reverse + stable sort + reverse, {@link TimSort} making CPython's
 * exact sequence of {@code <} calls, and the same pre-sort check choosing how keys compare.
 */
public final class ListSort {
    private ListSort() {
    }

    public static void sort(ThreadState ts, PyList list, PyObject keyFunc, boolean reverse) {
        int n = list.size;
        PyObject[] values = list.toArray();
        // while sorting, the list looks empty, as in CPython (also to the key function)
        list.items = new PyObject[0];
        list.size = 0;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        boolean keysDone = false;
        boolean sorted = false;
        try {
            PyObject[] keys = values;
            if (keyFunc != null && keyFunc != PyNone.NONE) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Calls.call(ts, keyFunc, values[i]);
                }
            }
            keysDone = true;
            if (reverse) {
                // reverse, stable-sort, reverse again: equal elements keep their original order
                reverseArray(order);
            }
            if (n > 1) {
                sorterFor(ts, keys).sort(order);
            }
            sorted = true;
        } finally {
            // CPython's "allocated != -1": anything that stored into the emptied list. A Krait
            // list that was only cleared keeps an empty array, as CPython's stays unallocated.
            boolean modified = list.size != 0 || list.items.length != 0;
            if (reverse && keysDone) {
                reverseArray(order);
            }
            PyObject[] out = new PyObject[n];
            for (int i = 0; i < n; i++) {
                out[i] = values[order[i]];
            }
            list.items = out;
            list.size = n;
            if (modified && sorted) {
                throw Errors.valueError("list modified during sort");
            }
        }
    }

    private static void reverseArray(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * CPython's pre-sort check: non-empty exact tuples compare item-wise with their first items
     * compared as the first items' common type allows; keys all of one type compare by that type
     * (exact ints, floats and strs directly; instances of a class by calling its {@code __lt__}
     * directly, which CPython's unsafe_object_compare does, so one that returns NotImplemented is
     * called a second time by the full comparison); anything else by the full {@code <}.
     */
    private static TimSort sorterFor(ThreadState ts, PyObject[] keys) {
        if (isNonEmptyTuple(keys[0])) {
            PyType itemType = ((PyTuple) keys[0]).items[0].type();
            for (PyObject k : keys) {
                if (!isNonEmptyTuple(k)) {
                    return new AnyKeys(ts, keys);
                }
                if (itemType != null && ((PyTuple) k).items[0].type() != itemType) {
                    itemType = null;
                }
            }
            return new TupleKeys(ts, keys, itemType != null && itemType.isHeapType());
        }
        PyType type = keys[0].type();
        Class<?> javaClass = keys[0].getClass();
        boolean oneClass = true;
        boolean longs = true;
        for (PyObject k : keys) {
            if (k.type() != type) {
                return new AnyKeys(ts, keys);
            }
            oneClass &= k.getClass() == javaClass;
            longs &= k.getClass() == PyInt.class && ((PyInt) k).big == null;
        }
        // the Java class singles out the common representation (not big ints, not wide strs)
        if (longs) {
            return new IntKeys(keys);
        }
        if (oneClass && javaClass == PyFloat.class) {
            return new FloatKeys(keys);
        }
        if (oneClass && javaClass == PyStr.class) {
            return new StrKeys(keys);
        }
        if (type.isHeapType()) {
            return new ClassKeys(ts, keys);
        }
        return new AnyKeys(ts, keys);
    }

    private static boolean isNonEmptyTuple(PyObject o) {
        return o.getClass() == PyTuple.class && ((PyTuple) o).items.length > 0;
    }

    /** CPython's unsafe_object_compare for instances of one class: its {@code __lt__} first. */
    static boolean classLt(ThreadState ts, PyObject v, PyObject w) {
        PyObject r = Calls.callSpecial(ts, v, "__lt__", w);
        if (r == null || r == PyNotImplemented.NOT_IMPLEMENTED) {
            return Abstract.richCompareBool(ts, v, w, Abstract.LT);
        }
        return r == PyBool.TRUE || r != PyBool.FALSE && Abstract.isTrue(ts, r);
    }

    /** Keys of mixed types (or of one built-in type without a fast comparison): the full {@code <}. */
    private static class AnyKeys extends TimSort {
        final ThreadState ts;
        final PyObject[] keys;

        AnyKeys(ThreadState ts, PyObject[] keys) {
            this.ts = ts;
            this.keys = keys;
        }

        @Override
        boolean lt(int x, int y) {
            return Abstract.richCompareBool(ts, keys[x], keys[y], Abstract.LT);
        }
    }

    /** Instances of one Python class. */
    private static final class ClassKeys extends AnyKeys {
        ClassKeys(ThreadState ts, PyObject[] keys) {
            super(ts, keys);
        }

        @Override
        boolean lt(int x, int y) {
            return classLt(ts, keys[x], keys[y]);
        }
    }

    /** Exact ints that fit a long, copied out so that comparing touches one contiguous array. */
    private static final class IntKeys extends TimSort {
        private final long[] longs;

        IntKeys(PyObject[] keys) {
            longs = new long[keys.length];
            for (int i = 0; i < keys.length; i++) {
                longs[i] = ((PyInt) keys[i]).value;
            }
        }

        @Override
        boolean lt(int x, int y) {
            return longs[x] < longs[y];
        }
    }

    /** Exact floats; NaNs compare as {@code <} does, never less and never greater. */
    private static final class FloatKeys extends TimSort {
        private final double[] doubles;

        FloatKeys(PyObject[] keys) {
            doubles = new double[keys.length];
            for (int i = 0; i < keys.length; i++) {
                doubles[i] = ((PyFloat) keys[i]).value;
            }
        }

        @Override
        boolean lt(int x, int y) {
            return doubles[x] < doubles[y];
        }
    }

    /** Exact strs, compared by code point. */
    private static final class StrKeys extends TimSort {
        private final String[] strings;
        /**
         * Without surrogates (UTF-16 order is then code point order): the first eight (or, past
         * Latin-1, four) chars of each key as an unsigned number, zero-padded, which decides most
         * comparisons without touching the strings. Null otherwise.
         */
        private final long[] prefixes;

        StrKeys(PyObject[] keys) {
            int n = keys.length;
            strings = new String[n];
            boolean bmp = true;
            for (int i = 0; i < n; i++) {
                strings[i] = ((PyStr) keys[i]).value();
                bmp &= ((PyStr) keys[i]).isBmp();
            }
            if (bmp) {
                int bits = narrowPrefixes(strings) ? 8 : 16;
                prefixes = new long[n];
                for (int i = 0; i < n; i++) {
                    prefixes[i] = prefix(strings[i], bits);
                }
            } else {
                prefixes = null;
            }
        }

        @Override
        boolean lt(int x, int y) {
            if (prefixes == null) {
                return CodePoints.compare(strings[x], strings[y]) < 0;
            }
            if (prefixes[x] != prefixes[y]) {
                return Long.compareUnsigned(prefixes[x], prefixes[y]) < 0;
            }
            return strings[x].compareTo(strings[y]) < 0;
        }

        /** Whether the first eight chars of every string are below 256. */
        private static boolean narrowPrefixes(String[] strings) {
            for (String s : strings) {
                for (int k = 0, n = Math.min(8, s.length()); k < n; k++) {
                    if (s.charAt(k) > 0xff) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** The first 64 / bits chars, the first highest; a shorter string pads with zeros. */
        private static long prefix(String s, int bits) {
            long p = 0;
            for (int k = 0; k < 64 / bits; k++) {
                p = p << bits | (k < s.length() ? s.charAt(k) : 0);
            }
            return p;
        }
    }

    /**
     * Non-empty exact tuples: CPython's unsafe_tuple_compare. Items are compared with {@code ==}
     * until one pair differs, which then decides with {@code <}; exact int/float/str items are
     * compared directly (no user code can tell), first items of one Python class as
     * {@link #classLt} does.
     */
    private static final class TupleKeys extends TimSort {
        private final ThreadState ts;
        private final PyObject[] keys;
        private final boolean firstItemsOfOneClass;

        TupleKeys(ThreadState ts, PyObject[] keys, boolean firstItemsOfOneClass) {
            this.ts = ts;
            this.keys = keys;
            this.firstItemsOfOneClass = firstItemsOfOneClass;
        }

        @Override
        boolean lt(int x, int y) {
            PyObject[] v = ((PyTuple) keys[x]).items;
            PyObject[] w = ((PyTuple) keys[y]).items;
            int n = Math.min(v.length, w.length);
            for (int i = 0; i < n; i++) {
                PyObject p = v[i];
                PyObject q = w[i];
                if (p == q) {
                    continue;
                }
                int c = compareExact(p, q);
                if (c == 0) {
                    continue;
                }
                if (c != UNKNOWN) {
                    return c < 0;
                }
                if (Abstract.richCompareBool(ts, p, q, Abstract.EQ)) {
                    continue;
                }
                return i == 0 && firstItemsOfOneClass ? classLt(ts, p, q)
                        : Abstract.richCompareBool(ts, p, q, Abstract.LT);
            }
            return v.length < w.length;
        }
    }

    /** {@link #compareExact}'s answer when the pair is not of one exact fast kind. */
    private static final int UNKNOWN = 2;

    /**
     * -1, 0 or 1 for two exact ints (fitting a long), floats or strs of one kind; for floats that
     * are unordered (NaN) 1, which reads as "not equal, not less" as {@code ==} and {@code <} would;
     * UNKNOWN for anything else.
     */
    private static int compareExact(PyObject p, PyObject q) {
        Class<?> c = p.getClass();
        if (c != q.getClass()) {
            return UNKNOWN;
        }
        if (c == PyInt.class) {
            PyInt a = (PyInt) p;
            PyInt b = (PyInt) q;
            return a.big == null && b.big == null ? Long.compare(a.value, b.value) : UNKNOWN;
        }
        if (c == PyStr.class) {
            return Integer.signum(PyStr.compare((PyStr) p, (PyStr) q));
        }
        if (c == PyFloat.class) {
            double a = ((PyFloat) p).value;
            double b = ((PyFloat) q).value;
            return a == b ? 0 : a < b ? -1 : 1;
        }
        return UNKNOWN;
    }
}
