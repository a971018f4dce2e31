package org.krait.runtime.object;

import org.krait.runtime.types.DictMethods;

import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.ops.Abstract;

/**
 * Python {@code dict}: CPython's compact, insertion-ordered layout (Objects/dictobject.c): a
 * sparse index table into dense entry arrays, open addressing with the perturbed probe sequence.
 * Our own table rather than LinkedHashMap because {@code __eq__}/{@code __hash__} may run Python
 * code that mutates the dict in the middle of a lookup (ADR 0003).
 */
public class PyDict extends PyObject {
    /** See {@link org.krait.runtime.interp.GlobalsTable}. */
    public int globalsId() {
        return globalsId;
    }

    public void setGlobalsId(int id) {
        globalsId = id;
    }

    public static final PyType TYPE = PyType.builtin("dict", null, PyType.BASETYPE,
            t -> t == PyDict.TYPE ? new PyDict() : new Derived(t),
            DictMethods::define);

    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MIN_SIZE = 8;

    /** Sparse table of entry numbers plus one: 0 is empty (no fill needed), DUMMY + 1 a deleted slot. */
    private int[] index;
    private PyObject[] keys;
    private PyObject[] values;
    private long[] hashes;
    /** Entries used, live or deleted. */
    private int used;
    /** Live entries. */
    private int size;
    /** Bumped on every insertion or deletion, so iterators detect changes of size. */
    private int version;
    /**
     * Non-null while this is a split dict (PEP 412, ADR 0008): an instance dict whose entries are
     * the first {@code used} keys of its class's shared keys, in order, with no deleted entries.
     * Then {@code index}, {@code keys} and {@code hashes} are arrays of a shared table, never
     * written here; {@code values} is this dict's own.
     */
    private SharedKeys shared;
    /** This dict's number in its interpreter's GlobalsTable once it is some function's globals, else 0. */
    private int globalsId;

    /**
     * The tables of a dict that has never held an entry (keyword dicts of calls, most of them): all
     * slots empty and no entry room, so lookups miss at once and the first insertion allocates
     * (insertNew resizes before it writes). Nothing ever writes into them.
     */
    private static final int[] EMPTY_INDEX = new int[MIN_SIZE];
    private static final PyObject[] NO_ENTRIES = new PyObject[0];
    private static final long[] NO_HASHES = new long[0];

    public PyDict() {
        index = EMPTY_INDEX;
        keys = NO_ENTRIES;
        values = NO_ENTRIES;
        hashes = NO_HASHES;
    }

    public PyDict(int expected) {
        int cap = MIN_SIZE;
        while (cap * 2 / 3 < expected) {
            cap <<= 1;
        }
        allocate(cap);
    }

    /** An empty instance dict sharing {@code shared}'s keys. */
    public PyDict(SharedKeys shared) {
        this.shared = shared;
        SharedKeys.Table t = shared.table();
        index = t.index;
        keys = t.keys;
        hashes = t.hashes;
        values = new PyObject[Math.max(t.count, 4)];
    }

    /**
     * A split instance dict taking over an object's inline values (ADR 0014): entries are the
     * first {@code count} shared keys, and {@code values} becomes this dict's own array.
     */
    PyDict(SharedKeys shared, PyObject[] values, int count) {
        this.shared = shared;
        SharedKeys.Table t = shared.table();
        index = t.index;
        keys = t.keys;
        hashes = t.hashes;
        this.values = values;
        used = count;
        size = count;
    }

    private void allocate(int cap) {
        index = new int[cap];
        int usable = cap * 2 / 3;
        keys = new PyObject[usable];
        values = new PyObject[usable];
        hashes = new long[usable];
        used = 0;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    public int version() {
        return version;
    }

    /** The shared keys while this is a split dict, else null. */
    public SharedKeys sharedKeys() {
        return shared;
    }

    /** Entry-array bound for iteration: entries 0..entryLimit()-1, skipping null keys. */
    public int entryLimit() {
        return used;
    }

    public PyObject keyAt(int entry) {
        return keys[entry];
    }

    public PyObject valueAt(int entry) {
        return values[entry];
    }

    /** The stored hash of a live entry (sets built from dicts reuse it, as set_update_internal does). */
    public long hashAt(int entry) {
        return hashes[entry];
    }

    // ---- lookup ----

    /** Entry index of {@code key}, or -1. May run Python {@code __eq__}. */
    private int find(ThreadState ts, PyObject key, long hash) {
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (true) {
            int ix = index[i] - 1;
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && ix < used) { // a split dict's shared index also holds later keys
                PyObject k = keys[ix];
                if (k == key) {
                    return ix;
                }
                if (hashes[ix] == hash) {
                    int[] startIndex = index;
                    PyObject[] startKeys = keys;
                    boolean eq = keysEqual(ts, k, key);
                    if (index != startIndex || startKeys[ix] != k) {
                        // the comparison mutated the dict: start again, as lookdict does
                        return find(ts, key, hash);
                    }
                    if (eq) {
                        return ix;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
    }

    private static boolean keysEqual(ThreadState ts, PyObject a, PyObject b) {
        Class<?> c = a.getClass();
        if (c == b.getClass()) {
            if (c == PyStr.class) {
                return ((PyStr) a).value().equals(((PyStr) b).value());
            }
            if (c == PyTuple.class) {
                return tuplesEqual(ts, ((PyTuple) a).items, ((PyTuple) b).items);
            }
        }
        return Abstract.richCompareBool(ts, a, b, Abstract.EQ);
    }

    /**
     * tuplerichcompare for ==: the first items that are not equal (identity, else ==) decide, else
     * the lengths; exact str items compare without a call.
     */
    private static boolean tuplesEqual(ThreadState ts, PyObject[] x, PyObject[] y) {
        for (int i = 0, n = Math.min(x.length, y.length); i < n; i++) {
            PyObject p = x[i];
            PyObject q = y[i];
            boolean eq = p == q || (p.getClass() == PyStr.class && q.getClass() == PyStr.class
                    ? ((PyStr) p).value().equals(((PyStr) q).value())
                    : Abstract.richCompareBool(ts, p, q, Abstract.EQ));
            if (!eq) {
                return false;
            }
        }
        return x.length == y.length;
    }

    /** Entry index of a str key by its Java string; never runs Python code. */
    private int findStr(String key, long hash) {
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (true) {
            int ix = index[i] - 1;
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && ix < used && hashes[ix] == hash) {
                PyObject k = keys[ix];
                if (k instanceof PyStr && ((PyStr) k).value().equals(key)) {
                    return ix;
                }
            }
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
    }

    /** {@code self.get(key)} without a default: the value or null. */
    public PyObject get(ThreadState ts, PyObject key) {
        if (key.getClass() == PyStr.class) {
            int ix = findStr(((PyStr) key).value(), ((PyStr) key).hash());
            return ix < 0 ? null : values[ix];
        }
        int ix = find(ts, key, Abstract.hash(ts, key));
        return ix < 0 ? null : values[ix];
    }

    /** The value for {@code key} whose hash {@code h} is known (another dict's entry), or null. */
    public PyObject getHashed(ThreadState ts, PyObject key, long h) {
        int ix = entryOf(ts, key, h);
        return ix < 0 ? null : values[ix];
    }

    /** Entry number of a str key, or -1: stable until {@link #version()} changes (for LOAD_GLOBAL caches). */
    public int entryOfStr(String key) {
        return findStr(key, PyStr.hashOf(key));
    }

    /**
     * Entry number of a str key, trying entry {@code hint} first: attribute sites remember where
     * their name was, and instances of one class usually keep their attributes in the same order
     * (the identity test holds when both names come from code constants). -1 when absent.
     */
    public int entryOfStr(String key, int hint) {
        return entryOfStr(null, key, hint);
    }

    /**
     * {@link #entryOfStr(String, int)} where {@code keyObj}, if not null, is a str object for
     * {@code key} that dicts of this kind may share (attribute sites insert one str object per
     * name into every instance dict, as CPython's interned attribute names are shared): an identity
     * test then needs no visit to the key object.
     */
    public int entryOfStr(PyStr keyObj, String key, int hint) {
        if (hint >= 0 && hint < used) {
            PyObject k = keys[hint];
            if (k == keyObj && k != null
                    || k != null && k.getClass() == PyStr.class && ((PyStr) k).value() == key) {
                return hint;
            }
        }
        return findStr(key, PyStr.hashOf(key));
    }

    /** Makes an empty ordinary dict big enough for {@code n} entries, so filling it never resizes. */
    public void reserve(int n) {
        if (shared == null && size == 0 && keys.length < n) {
            int cap = MIN_SIZE;
            while (cap * 2 / 3 < n) {
                cap <<= 1;
            }
            allocate(cap);
        }
    }

    /** Sets {@code key}, whose hash {@code h} is known (another dict's entry), to {@code value}. */
    public void putHashed(ThreadState ts, PyObject key, long h, PyObject value) {
        int ix = entryOf(ts, key, h);
        if (ix >= 0) {
            values[ix] = value;
            return;
        }
        insertNew(key, h, value);
    }

    /** Sets str key {@code keyObj} (exact str) to {@code value}, inserting that very object if new. */
    public void putStr(PyStr keyObj, PyObject value) {
        if (shared != null && used < keys.length && keys[used] == keyObj && appendShared(used, value)) {
            return; // the next shared key: not among this dict's (the shared keys are distinct)
        }
        String key = keyObj.value();
        long h = PyStr.hashOf(key);
        int ix = findStr(key, h);
        if (ix >= 0) {
            values[ix] = value;
            return;
        }
        insertNew(keyObj, h, value);
    }

    /** Replaces the value of a live entry (no change of size, so no new version). */
    public void setValueAt(int entry, PyObject value) {
        values[entry] = value;
    }

    /** The value for a str key, or null. */
    public PyObject getStr(String key) {
        int ix = findStr(key, PyStr.hashOf(key));
        return ix < 0 ? null : values[ix];
    }

    public boolean containsKey(ThreadState ts, PyObject key) {
        return get(ts, key) != null;
    }

    // ---- update ----

    public void put(ThreadState ts, PyObject key, PyObject value) {
        putHashed(ts, key, key.getClass() == PyStr.class ? ((PyStr) key).hash() : Abstract.hash(ts, key), value);
    }

    /** Entry of {@code key}, whose hash is {@code h}, or -1 (exact strs compared as text). */
    private int entryOf(ThreadState ts, PyObject key, long h) {
        return key.getClass() == PyStr.class ? findStr(((PyStr) key).value(), h) : find(ts, key, h);
    }

    public void putStr(String key, PyObject value) {
        long h = PyStr.hashOf(key);
        int ix = findStr(key, h);
        if (ix >= 0) {
            values[ix] = value;
            return;
        }
        insertNew(PyStr.of(key), h, value);
    }

    /**
     * Appends the value of shared key number {@code position} to a split dict whose entries end
     * just before it; false (and nothing done) when this dict is not in that state.
     */
    public boolean appendShared(int position, PyObject value) {
        if (shared == null || position != used) {
            return false;
        }
        SharedKeys.Table t = shared.table();
        if (position >= t.count) {
            return false;
        }
        takeShared(t, value);
        return true;
    }

    private void takeShared(SharedKeys.Table t, PyObject value) {
        index = t.index;
        keys = t.keys;
        hashes = t.hashes;
        if (used == values.length) {
            values = java.util.Arrays.copyOf(values, Math.max(t.count, used * 2));
        }
        values[used++] = value;
        size++;
        version++;
    }

    /** Makes a split dict an ordinary one with tables of its own (entry numbers stay). */
    private void unshare() {
        shared = null;
        resize(size + 1);
    }

    private void insertNew(PyObject key, long hash, PyObject value) {
        if (shared != null) {
            SharedKeys.Table t = key.getClass() == PyStr.class ? shared.keyAt(used, (PyStr) key, hash) : null;
            if (t != null) {
                takeShared(t, value);
                return;
            }
            unshare(); // another key order, a non-str key or a full table: CPython stops sharing too
        }
        if (used == keys.length) {
            resize(size * 3 + 1);
        }
        int e = used++;
        keys[e] = key;
        values[e] = value;
        hashes[e] = hash;
        index[freeSlot(hash)] = e + 1;
        size++;
        version++;
    }

    private int freeSlot(long hash) {
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (index[i] - 1 >= 0) {
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        return i;
    }

    private void resize(int minUsable) {
        PyObject[] oldKeys = keys;
        PyObject[] oldValues = values;
        long[] oldHashes = hashes;
        int oldUsed = used;
        int cap = MIN_SIZE;
        while (cap * 2 / 3 < minUsable) {
            cap <<= 1;
        }
        allocate(cap);
        for (int e = 0; e < oldUsed; e++) {
            if (oldKeys[e] != null) {
                int n = used++;
                keys[n] = oldKeys[e];
                values[n] = oldValues[e];
                hashes[n] = oldHashes[e];
                index[freeSlot(oldHashes[e])] = n + 1;
            }
        }
    }

    /** Removes {@code key}; returns its value or null if absent. */
    public PyObject remove(ThreadState ts, PyObject key) {
        long h = Abstract.hash(ts, key);
        int ix = key.getClass() == PyStr.class ? findStr(((PyStr) key).value(), h) : find(ts, key, h);
        if (ix < 0) {
            return null;
        }
        return removeEntry(ix, h);
    }

    public PyObject removeStr(String key) {
        long h = PyStr.hashOf(key);
        int ix = findStr(key, h);
        return ix < 0 ? null : removeEntry(ix, h);
    }

    private PyObject removeEntry(int ix, long hash) {
        if (shared != null) {
            unshare();
        }
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (index[i] - 1 != ix) {
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        index[i] = DUMMY + 1;
        PyObject v = values[ix];
        keys[ix] = null;
        values[ix] = null;
        size--;
        version++;
        return v;
    }

    /** Removes and returns the last entry as {key, value} (dict.popitem), or null when empty. */
    public PyObject[] popLast() {
        if (shared != null) {
            unshare();
        }
        for (int e = used - 1; e >= 0; e--) {
            if (keys[e] != null) {
                PyObject[] kv = {keys[e], values[e]};
                removeEntry(e, hashes[e]);
                used = e;
                return kv;
            }
        }
        return null;
    }

    public void clear() {
        shared = null;
        allocate(MIN_SIZE);
        size = 0;
        version++;
    }

    public PyDict copy() {
        if (shared == null && used == size && size > 0) {
            // a combined table without deleted entries: clone it (dict_copy's clone_combined_dict_keys)
            PyDict d = new PyDict();
            d.index = index.clone();
            d.keys = keys.clone();
            d.values = values.clone();
            d.hashes = hashes.clone();
            d.used = used;
            d.size = size;
            return d;
        }
        PyDict d = new PyDict(size);
        for (int e = 0; e < used; e++) {
            if (keys[e] != null) {
                d.insertNew(keys[e], hashes[e], values[e]);
            }
        }
        return d;
    }

    /** Instances of Python subclasses of dict. */
    public static final class Derived extends PyDict {
        private final PyType type;
        /** Null when the class's __slots__ leave out __dict__. */
        private final PyDict dict;

        Derived(PyType type) {
            this.type = type;
            this.dict = type.hasInstanceDict() ? new PyDict() : null;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict instanceDict() {
            return dict;
        }
    }
}
