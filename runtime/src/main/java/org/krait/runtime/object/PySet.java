package org.krait.runtime.object;

import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.ops.Abstract;

/**
 * Python {@code set} and {@code frozenset}: CPython's hash table layout (Objects/setobject.c), so
 * that iteration order, {@code repr} and {@code pop()} agree with CPython for keys whose hashes are
 * deterministic. A slot is unused ({@code key == null}), a dummy left by a deletion
 * ({@code key == DUMMY}, hash -1) or active. Probing looks at up to LINEAR_PROBES neighbours before
 * jumping with the perturbed recurrence {@code i = i*5 + 1 + perturb}. The behaviour of the set
 * operations (union, intersection, ...) is in types/SetMethods and types/SetOps.
 */
public class PySet extends PyObject {
    public static final PyType TYPE = PyType.builtin("set", null, PyType.BASETYPE,
            t -> t == PySet.TYPE ? new PySet(false) : new Derived(t, false),
            org.krait.runtime.types.SetMethods::defineSet);
    public static final PyType FROZENSET_TYPE = PyType.builtin("frozenset", null, PyType.BASETYPE, null,
            org.krait.runtime.types.SetMethods::defineFrozenSet);

    /** PySet_MINSIZE: the size of the "small table" every set starts with. */
    public static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** The key of a deleted slot; its hash is -1, which no real key has. */
    private static final PyObject DUMMY = new PyObject() {
        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    };

    private PyObject[] keys;
    private long[] hashes;
    private int mask;
    /** Active plus dummy slots. */
    private int fill;
    /** Active slots: len(set). */
    private int used;
    /** Where pop() starts looking. */
    private int finger;
    /** The frozenset hash once computed; -1 when not yet (a real hash is never -1). */
    private long hash = -1;
    public final boolean frozen;

    public PySet(boolean frozen) {
        this.frozen = frozen;
        emptyToMinSize();
    }

    @Override
    public PyType type() {
        return frozen ? FROZENSET_TYPE : TYPE;
    }

    private void emptyToMinSize() {
        keys = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
        hash = -1;
    }

    public int size() {
        return used;
    }

    /** Active plus dummy slots: set.__init__ starts from a fresh table when this is not zero. */
    public int fill() {
        return fill;
    }

    // ---- probing ----

    /** set_lookkey: the slot holding a key equal to {@code key}, or -1. May run Python {@code __eq__}. */
    private int lookup(ThreadState ts, PyObject key, long h) {
        while (true) {
            PyObject[] table = keys;
            long perturb = h;
            int m = mask;
            int i = (int) (h & m);
            boolean restart = false;
            search:
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = table[j];
                    if (k == null) {
                        return -1;
                    }
                    if (hashes[j] == h && k != DUMMY) {
                        if (k == key || keysEqualFast(k, key)) {
                            return j;
                        }
                        boolean eq = Abstract.richCompareBool(ts, k, key, Abstract.EQ);
                        if (keys != table || table[j] != k) {
                            // the comparison mutated the set: start again, as CPython does
                            restart = true;
                            break search;
                        }
                        if (eq) {
                            return j;
                        }
                        m = mask;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (!restart) {
                return -1;
            }
        }
    }

    /** Exact str keys compare without running Python code (unicode_eq). */
    private static boolean keysEqualFast(PyObject a, PyObject b) {
        return a.getClass() == PyStr.class && b.getClass() == PyStr.class
                && ((PyStr) a).value().equals(((PyStr) b).value());
    }

    /** set_add_entry: adds {@code key} unless an equal key is present. */
    public void addEntry(ThreadState ts, PyObject key, long h) {
        restart:
        while (true) {
            PyObject[] table = keys;
            int m = mask;
            int i = (int) (h & m);
            int freeslot = -1;
            long perturb = h;
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = table[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            // reuse the last dummy seen on the probe path
                            used++;
                            keys[freeslot] = key;
                            hashes[freeslot] = h;
                            hash = -1;
                            return;
                        }
                        fill++;
                        used++;
                        keys[j] = key;
                        hashes[j] = h;
                        hash = -1;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return;
                    }
                    if (hashes[j] == h && k != DUMMY) {
                        if (k == key || keysEqualFast(k, key)) {
                            return;
                        }
                        boolean eq = Abstract.richCompareBool(ts, k, key, Abstract.EQ);
                        if (eq) {
                            return;
                        }
                        if (keys != table || table[j] != k) {
                            continue restart;
                        }
                        m = mask;
                    } else if (k == DUMMY) {
                        freeslot = j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** set_insert_clean: places a key known to be absent into a table without dummies. */
    private static void insertClean(PyObject[] table, long[] tableHashes, int m, PyObject key, long h) {
        long perturb = h;
        int i = (int) (h & m);
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                tableHashes[i] = h;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
                    if (table[j] == null) {
                        table[j] = key;
                        tableHashes[j] = h;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** set_table_resize: the smallest power of two above {@code minUsed}, dummies dropped. */
    private void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        if (newSize == MIN_SIZE && keys.length == MIN_SIZE && fill == used) {
            return;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newSize];
        hashes = new long[newSize];
        mask = newSize - 1;
        fill = used;
        for (int j = 0; j < oldKeys.length; j++) {
            PyObject k = oldKeys[j];
            if (k != null && k != DUMMY) {
                insertClean(keys, hashes, mask, k, oldHashes[j]);
            }
        }
    }

    // ---- the operations the methods are built from ----

    public static long hashOf(ThreadState ts, PyObject key) {
        return key.getClass() == PyStr.class ? ((PyStr) key).hash() : Abstract.hash(ts, key);
    }

    public void add(ThreadState ts, PyObject key) {
        addEntry(ts, key, hashOf(ts, key));
    }

    public boolean contains(ThreadState ts, PyObject key) {
        return lookup(ts, key, hashOf(ts, key)) >= 0;
    }

    public boolean containsEntry(ThreadState ts, PyObject key, long h) {
        return lookup(ts, key, h) >= 0;
    }

    /** set_discard_entry: true when the key was present. */
    public boolean discardEntry(ThreadState ts, PyObject key, long h) {
        int j = lookup(ts, key, h);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        hash = -1;
        return true;
    }

    public boolean discard(ThreadState ts, PyObject key) {
        return discardEntry(ts, key, hashOf(ts, key));
    }

    /** set_clear_internal. */
    public void clear() {
        emptyToMinSize();
    }

    /** set_pop: removes the key at or after the finger; null when the set is empty. */
    public PyObject pop() {
        if (used == 0) {
            return null;
        }
        int j = finger & mask;
        while (keys[j] == null || keys[j] == DUMMY) {
            j++;
            if (j > mask) {
                j = 0;
            }
        }
        PyObject k = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        hash = -1;
        finger = j + 1;
        return k;
    }

    /** Resizes away dummies when more than a quarter of the table holds them (end of difference_update). */
    public void shrinkIfSparse() {
        if (fill - used > mask / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    /** One big resize before adding about {@code extra} keys (set_merge / set_update_internal for dicts). */
    public void reserve(int extra) {
        if ((long) (fill + extra) * 5 >= (long) mask * 3) {
            resize((used + extra) * 2);
        }
    }

    /** set_merge: adds every key of {@code other}, copying its table when that is exact and cheap. */
    public void merge(ThreadState ts, PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        reserve(other.used);
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            hash = -1;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            hash = -1;
            for (int j = 0; j <= other.mask; j++) {
                PyObject k = other.keys[j];
                if (k != null && k != DUMMY) {
                    insertClean(keys, hashes, mask, k, other.hashes[j]);
                }
            }
            return;
        }
        for (int j = 0; j <= other.mask; j++) {
            PyObject k = other.keys[j];
            if (k != null && k != DUMMY) {
                addEntry(ts, k, other.hashes[j]);
            }
        }
    }

    /** set_swap_bodies: exchanges the tables of two sets (the in-place updates build a result, then swap). */
    public void swapBodies(PySet other) {
        PyObject[] k = keys;
        keys = other.keys;
        other.keys = k;
        long[] h = hashes;
        hashes = other.hashes;
        other.hashes = h;
        int t = mask;
        mask = other.mask;
        other.mask = t;
        t = fill;
        fill = other.fill;
        other.fill = t;
        t = used;
        used = other.used;
        other.used = t;
        if (frozen && other.frozen) {
            long x = hash;
            hash = other.hash;
            other.hash = x;
        } else {
            hash = -1;
            other.hash = -1;
        }
    }

    // ---- iteration ----

    /** The first active slot at or after {@code pos}, or -1 (set_next). */
    public int nextSlot(int pos) {
        for (int j = pos; j <= mask; j++) {
            PyObject k = keys[j];
            if (k != null && k != DUMMY) {
                return j;
            }
        }
        return -1;
    }

    public PyObject keyAt(int slot) {
        return keys[slot];
    }

    public long hashAt(int slot) {
        return hashes[slot];
    }

    /** The active keys in table order. */
    public PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int n = 0;
        for (int j = nextSlot(0); j >= 0; j = nextSlot(j + 1)) {
            out[n++] = keys[j];
        }
        return out;
    }

    // ---- hashing ----

    /** The cached frozenset hash, or -1 when not computed (used by set equality as a shortcut). */
    public long cachedHash() {
        return hash;
    }

    /**
     * frozenset_hash: an order-independent xor of shuffled entry hashes, then dispersed. CPython xors
     * all slots and cancels the unused and dummy ones; xoring only the active ones is the same.
     */
    public long frozenHash() {
        if (hash != -1) {
            return hash;
        }
        long h = 0;
        for (int j = nextSlot(0); j >= 0; j = nextSlot(j + 1)) {
            h ^= shuffleBits(hashes[j]);
        }
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        hash = h;
        return h;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** Instances of Python subclasses of set and frozenset. */
    public static final class Derived extends PySet {
        private final PyType type;
        /** Null when the class's __slots__ leave out __dict__. */
        private final PyDict dict;

        public Derived(PyType type, boolean frozen) {
            super(frozen);
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
