package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.ops.Calls;

/**
 * list.sort as CPython 3.12's list_sort_impl: keys computed once in list order, the list empty
 * meanwhile, {@code reverse} as reverse + stable sort + reverse, {@link TimSort} making CPython's
 * exact sequence of {@code <} calls, and {@link SortKeys} comparing keys as CPython's pre-sort check chooses.
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
                SortKeys sortKeys = SortKeys.of(ts, keys);
                if (!sortKeys.sortPacked(order)) {
                    new TimSort(sortKeys).sort(order);
                }
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
}
