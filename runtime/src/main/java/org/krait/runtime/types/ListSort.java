package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Calls;

/**
 * list.sort: stable, comparing with {@code <} only (as CPython), keys computed once. A merge sort of
 * our own rather than java.util's TimSort, which throws when a user's {@code __lt__} is inconsistent
 * where CPython just produces some order.
 */
public final class ListSort {
    private ListSort() {
    }

    /** How keys compare: CPython's list.sort pre-checks key types the same way (unsafe_*_compare). */
    private static final int GENERIC = 0;
    private static final int INTS = 1;      // all exact ints that fit a long
    private static final int FLOATS = 2;    // all exact floats
    private static final int STRS = 3;      // all exact strs
    private static final int TUPLES = 4;    // all exact tuples: items compared by {@link #compareExact} where it can

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
            Sorter sorter = new Sorter(ts, keys);
            if (!sorter.sortRadix(order)) {
                sorter.mergeSort(order, new int[n], 0, n);
            }
            sorted = true;
        } finally {
            boolean modified = list.size != 0;
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

    /** The kind shared by all {@code objs}, or GENERIC. */
    private static int kindOf(PyObject[] objs) {
        if (objs.length == 0) {
            return GENERIC;
        }
        int kind = kindOfOne(objs[0]);
        for (PyObject o : objs) {
            if (kindOfOne(o) != kind) {
                return GENERIC;
            }
        }
        return kind;
    }

    private static int kindOfOne(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyInt.class) {
            return ((PyInt) o).big == null ? INTS : GENERIC;
        }
        if (c == PyFloat.class) {
            return FLOATS;
        }
        if (c == PyStr.class) {
            return STRS;
        }
        if (c == PyTuple.class) {
            return TUPLES;
        }
        return GENERIC;
    }

    /**
     * A merge sort of indices into {@code keys} comparing with {@code <} only. Keys of one
     * primitive kind are copied out first (long, double, String), so that comparing touches one
     * contiguous array rather than an object per key.
     */
    private static final class Sorter {
        private final ThreadState ts;
        private final PyObject[] keys;
        private final int kind;
        private long[] longs;
        private double[] doubles;
        private String[] strings;
        /**
         * For STRS without surrogates (UTF-16 order is then code point order): the first eight
         * (or, past Latin-1, four) chars of each key as an unsigned number, zero-padded, which
         * decides most comparisons without touching the strings.
         */
        private long[] prefixes;

        Sorter(ThreadState ts, PyObject[] keys) {
            this.ts = ts;
            this.keys = keys;
            this.kind = kindOf(keys);
            int n = keys.length;
            switch (kind) {
                case INTS:
                    longs = new long[n];
                    for (int i = 0; i < n; i++) {
                        longs[i] = ((PyInt) keys[i]).value;
                    }
                    break;
                case FLOATS:
                    doubles = new double[n];
                    for (int i = 0; i < n; i++) {
                        doubles[i] = ((PyFloat) keys[i]).value;
                    }
                    break;
                case STRS:
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
                    }
                    break;
                default:
                    break;
            }
        }

        private boolean lt(int i, int j) {
            switch (kind) {
                case INTS:
                    return longs[i] < longs[j];
                case FLOATS:
                    return doubles[i] < doubles[j];
                case STRS:
                    if (prefixes == null) {
                        return org.krait.runtime.text.CodePoints.compare(strings[i], strings[j]) < 0;
                    }
                    if (prefixes[i] != prefixes[j]) {
                        return Long.compareUnsigned(prefixes[i], prefixes[j]) < 0;
                    }
                    return strings[i].compareTo(strings[j]) < 0;
                case TUPLES:
                    return tupleLt(((PyTuple) keys[i]).items, ((PyTuple) keys[j]).items);
                default:
                    return Abstract.richCompareBool(ts, keys[i], keys[j], Abstract.LT);
            }
        }

        /**
         * For int keys, or tuples of one length whose items all are ints, when each position's
         * values span less than 2^33 (see {@link #radixPass}): sorts {@code order} by a stable
         * radix sort, a tuple by its last item first, then by each earlier one, which is tuple
         * order for ints. False (order untouched) otherwise, and for short lists, where the merge
         * sort is as quick.
         */
        boolean sortRadix(int[] order) {
            int n = order.length;
            if (n < RADIX_MIN) {
                return false;
            }
            long[][] columns = kind == INTS ? new long[][] {longs} : kind == TUPLES ? intColumns(keys) : null;
            if (columns == null) {
                return false;
            }
            long[] mins = new long[columns.length];
            int[] passes = new int[columns.length];
            for (int k = 0; k < columns.length; k++) {
                long min = Long.MAX_VALUE;
                long max = Long.MIN_VALUE;
                for (long v : columns[k]) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                long span = max - min;
                if (span < 0 || span >= 1L << (3 * DIGIT_BITS)) {
                    return false; // overflowed or too wide: three digits at most
                }
                mins[k] = min;
                passes[k] = (64 - Long.numberOfLeadingZeros(span) + DIGIT_BITS - 1) / DIGIT_BITS;
            }
            int[] tmp = new int[n];
            int[] counts = new int[1 << DIGIT_BITS];
            for (int k = columns.length - 1; k >= 0; k--) {
                for (int p = 0; p < passes[k]; p++) {
                    radixPass(order, tmp, counts, columns[k], mins[k], p * DIGIT_BITS);
                    System.arraycopy(tmp, 0, order, 0, n);
                }
            }
            return true;
        }

        /**
         * The items of tuples of one length (1..4) as columns of longs, when every item is an exact
         * int that fits a long; else null.
         */
        private static long[][] intColumns(PyObject[] tuples) {
            int n = tuples.length;
            int len = ((PyTuple) tuples[0]).items.length;
            if (len == 0 || len > 4) {
                return null;
            }
            long[][] columns = new long[len][n];
            for (int i = 0; i < n; i++) {
                PyObject[] items = ((PyTuple) tuples[i]).items;
                if (items.length != len) {
                    return null;
                }
                for (int k = 0; k < len; k++) {
                    PyObject o = items[k];
                    if (o.getClass() != PyInt.class || ((PyInt) o).big != null) {
                        return null;
                    }
                    columns[k][i] = ((PyInt) o).value;
                }
            }
            return columns;
        }

        /**
         * One stable counting-sort pass of {@code order} into {@code out} by the digit of
         * {@code keyOf[order[i]] - min} at bit {@code shift}.
         */
        private static void radixPass(int[] order, int[] out, int[] counts, long[] keyOf, long min, int shift) {
            int mask = (1 << DIGIT_BITS) - 1;
            java.util.Arrays.fill(counts, 0);
            for (int e : order) {
                counts[(int) ((keyOf[e] - min) >>> shift) & mask]++;
            }
            int sum = 0;
            for (int d = 0; d < counts.length; d++) {
                int c = counts[d];
                counts[d] = sum;
                sum += c;
            }
            for (int e : order) {
                out[counts[(int) ((keyOf[e] - min) >>> shift) & mask]++] = e;
            }
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

        /**
         * Tuple {@code <} as tuplerichcompare does it (first items not equal by identity or
         * {@code ==} decide with {@code <}, else the lengths), with exact int/float/str items
         * compared directly (unsafe_tuple_compare's idea, applied to every position).
         */
        private boolean tupleLt(PyObject[] x, PyObject[] y) {
            int n = Math.min(x.length, y.length);
            for (int i = 0; i < n; i++) {
                PyObject p = x[i];
                PyObject q = y[i];
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
                return Abstract.richCompareBool(ts, p, q, Abstract.LT);
            }
            return x.length < y.length;
        }

        void mergeSort(int[] a, int[] tmp, int lo, int hi) {
            if (hi - lo < 2) {
                return;
            }
            if (hi - lo <= 16) {
                for (int i = lo + 1; i < hi; i++) {
                    int x = a[i];
                    int j = i;
                    while (j > lo && lt(x, a[j - 1])) {
                        a[j] = a[j - 1];
                        j--;
                    }
                    a[j] = x;
                }
                return;
            }
            int mid = (lo + hi) >>> 1;
            mergeSort(a, tmp, lo, mid);
            mergeSort(a, tmp, mid, hi);
            if (!lt(a[mid], a[mid - 1])) {
                return;
            }
            System.arraycopy(a, lo, tmp, lo, hi - lo);
            int i = lo;
            int j = mid;
            int k = lo;
            while (i < mid && j < hi) {
                a[k++] = lt(tmp[j], tmp[i]) ? tmp[j++] : tmp[i++];
            }
            while (i < mid) {
                a[k++] = tmp[i++];
            }
            while (j < hi) {
                a[k++] = tmp[j++];
            }
        }
    }

    /** Radix sort digits; lists shorter than RADIX_MIN use the merge sort. */
    private static final int DIGIT_BITS = 11;
    private static final int RADIX_MIN = 256;

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
