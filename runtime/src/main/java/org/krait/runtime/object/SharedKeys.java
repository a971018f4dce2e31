package org.krait.runtime.object;

/**
 * The keys that the instance dicts of one class share (PEP 412, ADR 0008): an append-only
 * sequence of distinct exact-str keys with its hash index. A dict in split mode holds a prefix
 * of this sequence — its entry {@code i} is key {@code i} here — and only its values of its own.
 *
 * <p>Keys are only ever appended, so a prefix once seen never changes: a dict may keep reading
 * the arrays of an older {@link Table} (still valid for its prefix) after a later one replaced
 * them. Appends take this object's lock and publish a new table; lookups take no lock.
 */
public final class SharedKeys {
    /** CPython stops sharing beyond 30 keys too: such classes are not the regular ones. */
    static final int MAX_KEYS = 30;

    /** One published state: entries 0..count-1 of the arrays are final. */
    static final class Table {
        final int[] index;
        final PyObject[] keys;
        final long[] hashes;
        final int count;

        Table(int[] index, PyObject[] keys, long[] hashes, int count) {
            this.index = index;
            this.keys = keys;
            this.hashes = hashes;
            this.count = count;
        }
    }

    private volatile Table table = new Table(new int[8], new PyObject[5], new long[5], 0);

    Table table() {
        return table;
    }

    /** How many keys are shared so far (a dict's values array is sized for them). */
    public int count() {
        return table.count;
    }

    /**
     * The table in which key number {@code position} is {@code key}, appending it when the
     * sequence ends just before {@code position}; null when another key is there already or the
     * table is full (the dict then stops sharing).
     */
    Table keyAt(int position, PyStr key, long hash) {
        Table t = table;
        if (position < t.count) {
            return sameKey(t.keys[position], key) ? t : null;
        }
        synchronized (this) {
            t = table;
            if (position < t.count) {
                return sameKey(t.keys[position], key) ? t : null;
            }
            if (position > t.count || t.count == MAX_KEYS || indexOf(t, key.value(), hash) >= 0) {
                return null;
            }
            t = append(t, key, hash);
            table = t;
            return t;
        }
    }

    private static boolean sameKey(PyObject k, PyStr key) {
        return k == key || ((PyStr) k).value().equals(key.value());
    }

    private static Table append(Table t, PyStr key, long hash) {
        int n = t.count;
        int[] index = t.index;
        PyObject[] keys = t.keys;
        long[] hashes = t.hashes;
        if (n == keys.length) {
            int cap = index.length * 2;
            index = new int[cap];
            keys = java.util.Arrays.copyOf(keys, cap * 2 / 3);
            hashes = java.util.Arrays.copyOf(hashes, cap * 2 / 3);
            for (int e = 0; e < n; e++) {
                index[freeSlot(index, hashes[e])] = e + 1;
            }
        }
        // Slots beyond a reader's prefix may change under it: it treats entries >= its own count
        // as other keys, so a half-published slot is only ever skipped.
        keys[n] = key;
        hashes[n] = hash;
        index[freeSlot(index, hash)] = n + 1;
        return new Table(index, keys, hashes, n + 1);
    }

    private static int freeSlot(int[] index, long hash) {
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (index[i] != 0) {
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        return i;
    }

    /** Position of {@code key} among the shared keys, or -1. */
    public int indexOf(String key) {
        return indexOf(table, key, PyStr.hashOf(key));
    }

    private static int indexOf(Table t, String key, long hash) {
        int[] index = t.index;
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (true) {
            int ix = index[i] - 1;
            if (ix < 0) {
                return -1;
            }
            if (ix < t.count && t.hashes[ix] == hash && ((PyStr) t.keys[ix]).value().equals(key)) {
                return ix;
            }
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
    }
}
