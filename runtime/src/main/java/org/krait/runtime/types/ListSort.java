package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
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

    public static void sort(ThreadState ts, PyList list, PyObject keyFunc, boolean reverse) {
        int n = list.size;
        PyObject[] values = list.toArray();
        // while sorting, the list looks empty, as in CPython (also to the key function)
        list.items = new PyObject[0];
        list.size = 0;
        Integer[] order = new Integer[n];
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
            mergeSort(ts, keys, order, new Integer[n], 0, n);
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

    private static void reverseArray(Integer[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Integer t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static boolean lt(ThreadState ts, PyObject a, PyObject b) {
        return Abstract.richCompareBool(ts, a, b, Abstract.LT);
    }

    private static void mergeSort(ThreadState ts, PyObject[] keys, Integer[] a, Integer[] tmp, int lo, int hi) {
        if (hi - lo < 2) {
            return;
        }
        if (hi - lo <= 16) {
            for (int i = lo + 1; i < hi; i++) {
                Integer x = a[i];
                int j = i;
                while (j > lo && lt(ts, keys[x], keys[a[j - 1]])) {
                    a[j] = a[j - 1];
                    j--;
                }
                a[j] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(ts, keys, a, tmp, lo, mid);
        mergeSort(ts, keys, a, tmp, mid, hi);
        if (!lt(ts, keys[a[mid]], keys[a[mid - 1]])) {
            return;
        }
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            a[k++] = lt(ts, keys[tmp[j]], keys[tmp[i]]) ? tmp[j++] : tmp[i++];
        }
        while (i < mid) {
            a[k++] = tmp[i++];
        }
        while (j < hi) {
            a[k++] = tmp[j++];
        }
    }
}
