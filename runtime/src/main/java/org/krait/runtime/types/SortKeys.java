package org.krait.runtime.types;

import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.text.CodePoints;

/**
 * The keys of one list.sort and how two of them compare with {@code <}, chosen once by CPython's
 * pre-sort check (list_sort_impl): non-empty exact tuples compare item-wise with their first
 * items compared as the first items' common type allows; keys all of one type compare by that
 * type (exact ints, floats and strs directly; instances of one Python class by calling its
 * {@code __lt__} directly, as unsafe_object_compare does, so one that returns NotImplemented is
 * called a second time by the full comparison); anything else by the full {@code <}.
 *
 * <p>One final class switching on the kind, rather than a subclass per kind, keeps the call from
 * {@link TimSort} monomorphic: the JIT then inlines the primitive comparisons into the merge loops.
 */
final class SortKeys {
    private static final int ANY = 0;
    private static final int CLASS = 1;     // instances of one Python class
    private static final int INTS = 2;      // exact ints that fit a long
    private static final int FLOATS = 3;    // exact floats
    private static final int STRS = 4;      // exact strs without surrogates
    private static final int WIDE_STRS = 5; // exact strs, some with surrogates
    private static final int TUPLES = 6;    // non-empty exact tuples

    private final ThreadState ts;
    private final PyObject[] keys;
    private final int kind;
    /** TUPLES: whether the first items are all instances of one Python class. */
    private final boolean firstItemsOfOneClass;
    private long[] longs;
    private double[] doubles;
    private String[] strings;
    /**
     * STRS (UTF-16 order is then code point order): the first eight (or, past Latin-1, four)
     * chars of each key as an unsigned number, zero-padded, which decides most comparisons
     * without touching the strings.
     */
    private long[] prefixes;

    private SortKeys(ThreadState ts, PyObject[] keys, int kind, boolean firstItemsOfOneClass) {
        this.ts = ts;
        this.keys = keys;
        this.kind = kind;
        this.firstItemsOfOneClass = firstItemsOfOneClass;
    }

    /** The comparison for {@code keys} (at least two). */
    static SortKeys of(ThreadState ts, PyObject[] keys) {
        if (isNonEmptyTuple(keys[0])) {
            PyType itemType = ((PyTuple) keys[0]).items[0].type();
            for (PyObject k : keys) {
                if (!isNonEmptyTuple(k)) {
                    return new SortKeys(ts, keys, ANY, false);
                }
                if (itemType != null && ((PyTuple) k).items[0].type() != itemType) {
                    itemType = null;
                }
            }
            return new SortKeys(ts, keys, TUPLES, itemType != null && itemType.isHeapType());
        }
        PyType type = keys[0].type();
        Class<?> javaClass = keys[0].getClass();
        boolean oneClass = true;
        boolean longs = true;
        for (PyObject k : keys) {
            if (k.type() != type) {
                return new SortKeys(ts, keys, ANY, false);
            }
            oneClass &= k.getClass() == javaClass;
            longs &= k.getClass() == PyInt.class && ((PyInt) k).big == null;
        }
        // the Java class singles out the common representation (not big ints, not wide strs)
        if (longs) {
            return new SortKeys(ts, keys, INTS, false).copyLongs();
        }
        if (oneClass && javaClass == PyFloat.class) {
            return new SortKeys(ts, keys, FLOATS, false).copyDoubles();
        }
        if (oneClass && javaClass == PyStr.class) {
            return copyStrings(ts, keys);
        }
        return new SortKeys(ts, keys, type.isHeapType() ? CLASS : ANY, false);
    }

    private static boolean isNonEmptyTuple(PyObject o) {
        return o.getClass() == PyTuple.class && ((PyTuple) o).items.length > 0;
    }

    /** Exact ints, copied out so that comparing touches one contiguous array. */
    private SortKeys copyLongs() {
        longs = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            longs[i] = ((PyInt) keys[i]).value;
        }
        return this;
    }

    private SortKeys copyDoubles() {
        doubles = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            doubles[i] = ((PyFloat) keys[i]).value;
        }
        return this;
    }

    private static SortKeys copyStrings(ThreadState ts, PyObject[] keys) {
        int n = keys.length;
        String[] strings = new String[n];
        long[] narrow = new long[n];
        long[] wide = new long[n];
        boolean bmp = true;
        int widest = 0;
        // one pass over each string's first chars, which are likely a cache miss each
        for (int i = 0; i < n; i++) {
            PyStr key = (PyStr) keys[i];
            String s = key.value();
            strings[i] = s;
            bmp &= key.isBmp();
            long p8 = 0;
            long p16 = 0;
            for (int k = 0, len = s.length(); k < 8; k++) {
                int c = k < len ? s.charAt(k) : 0;
                widest |= c;
                p8 = p8 << 8 | c;
                if (k < 4) {
                    p16 = p16 << 16 | c;
                }
            }
            narrow[i] = p8;
            wide[i] = p16;
        }
        SortKeys sk = new SortKeys(ts, keys, bmp ? STRS : WIDE_STRS, false);
        sk.strings = strings;
        sk.prefixes = widest <= 0xff ? narrow : wide;
        return sk;
    }

    /**
     * For int keys that all fit 32 bits: sorts {@code order} by key and then by position in it, as
     * one array of longs (key above, position below), and returns true. Exact ints are totally
     * ordered and comparing them runs no user code, so any stable sort gives timsort's result, and
     * Arrays.sort of primitives (a quicksort that also merges long runs) is twice as fast on
     * random data as timsort through the order array.
     */
    boolean sortPacked(int[] order) {
        if (kind != INTS) {
            return false;
        }
        int n = order.length;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            long key = longs[order[i]];
            if (key != (int) key) {
                return false;
            }
            packed[i] = key << 32 | i;
        }
        java.util.Arrays.sort(packed);
        int[] before = order.clone();
        for (int i = 0; i < n; i++) {
            order[i] = before[(int) packed[i]];
        }
        return true;
    }

    /**
     * Whether the key at original position x is less than the one at y (may raise). Small, so
     * that the JIT inlines it into every loop of {@link TimSort}.
     */
    boolean lt(int x, int y) {
        switch (kind) {
            case INTS:
                return longs[x] < longs[y];
            case FLOATS:
                return doubles[x] < doubles[y]; // false both ways for NaN, as float's <
            case STRS:
                long p = prefixes[x];
                long q = prefixes[y];
                return p != q ? Long.compareUnsigned(p, q) < 0 : strings[x].compareTo(strings[y]) < 0;
            default:
                return objectLt(x, y);
        }
    }

    private boolean objectLt(int x, int y) {
        switch (kind) {
            case WIDE_STRS:
                return CodePoints.compare(strings[x], strings[y]) < 0;
            case TUPLES:
                return tupleLt(((PyTuple) keys[x]).items, ((PyTuple) keys[y]).items);
            case CLASS:
                return classLt(keys[x], keys[y]);
            default:
                return Abstract.richCompareBool(ts, keys[x], keys[y], Abstract.LT);
        }
    }

    /** unsafe_object_compare for instances of one Python class: its {@code __lt__} first. */
    private boolean classLt(PyObject v, PyObject w) {
        PyObject r = Calls.callSpecial(ts, v, "__lt__", w);
        if (r == null || r == PyNotImplemented.NOT_IMPLEMENTED) {
            return Abstract.richCompareBool(ts, v, w, Abstract.LT);
        }
        return r == PyBool.TRUE || r != PyBool.FALSE && Abstract.isTrue(ts, r);
    }

    /**
     * unsafe_tuple_compare: items are compared with {@code ==} until one pair differs, which then
     * decides with {@code <}; exact int/float/str items are compared directly (no user code can
     * tell), first items of one Python class as {@link #classLt} does.
     */
    private boolean tupleLt(PyObject[] v, PyObject[] w) {
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
            return i == 0 && firstItemsOfOneClass ? classLt(p, q) : Abstract.richCompareBool(ts, p, q, Abstract.LT);
        }
        return v.length < w.length;
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
