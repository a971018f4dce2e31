package org.krait.runtime.types;

import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PySet;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Iteration;

/**
 * The set algebra of Objects/setobject.c, step for step, because the order in which keys are added
 * (and which operand is iterated) decides the iteration order of the result.
 */
public final class SetOps {
    private SetOps() {
    }

    static boolean isAnySet(PyObject o) {
        return o instanceof PySet;
    }

    /** PyAnySet_CheckExact. */
    static boolean isExactSet(PyObject o) {
        return o.getClass() == PySet.class;
    }

    /** make_new_set_basetype: a plain set or frozenset, whichever {@code type} derives from. */
    static PySet newBaseSet(ThreadState ts, PyType type, PyObject iterable) {
        PySet r = new PySet(!type.isSubtypeOf(PySet.TYPE));
        if (iterable != null) {
            update(ts, r, iterable);
        }
        return r;
    }

    /** set_copy. */
    static PySet copy(ThreadState ts, PySet so) {
        return newBaseSet(ts, so.type(), so);
    }

    /** set_update_internal: another set is merged, an exact dict adds its keys with their hashes. */
    public static void update(ThreadState ts, PySet so, PyObject other) {
        if (other instanceof PySet) {
            so.merge(ts, (PySet) other);
            return;
        }
        if (other.getClass() == PyDict.class) {
            PyDict d = (PyDict) other;
            so.reserve(d.size());
            for (int e = 0; e < d.entryLimit(); e++) {
                PyObject k = d.keyAt(e);
                if (k != null) {
                    so.addEntry(ts, k, d.hashAt(e));
                }
            }
            return;
        }
        PyObject it = Iteration.iter(ts, other);
        for (PyObject k = Iteration.next(ts, it); k != null; k = Iteration.next(ts, it)) {
            so.add(ts, k);
        }
    }

    /** set_or without its type check: a copy of {@code so} updated with {@code other}. */
    static PySet or(ThreadState ts, PySet so, PyObject other) {
        PySet result = copy(ts, so);
        if (so != other) {
            update(ts, result, other);
        }
        return result;
    }

    static PySet union(ThreadState ts, PySet so, PyObject[] others) {
        PySet result = copy(ts, so);
        for (PyObject other : others) {
            if (other != so) {
                update(ts, result, other);
            }
        }
        return result;
    }

    /** set_intersection. */
    static PySet intersection(ThreadState ts, PySet so, PyObject other) {
        if (so == other) {
            return copy(ts, so);
        }
        PySet result = newBaseSet(ts, so.type(), null);
        if (isAnySet(other)) {
            PySet big = so;
            PySet small = (PySet) other;
            if (small.size() > big.size()) {
                big = small;
                small = so;
            }
            for (int j = small.nextSlot(0); j >= 0; j = small.nextSlot(j + 1)) {
                PyObject key = small.keyAt(j);
                long h = small.hashAt(j);
                if (big.containsEntry(ts, key, h)) {
                    result.addEntry(ts, key, h);
                }
            }
            return result;
        }
        PyObject it = Iteration.iter(ts, other);
        for (PyObject key = Iteration.next(ts, it); key != null; key = Iteration.next(ts, it)) {
            long h = Abstract.hash(ts, key);
            if (so.containsEntry(ts, key, h)) {
                result.addEntry(ts, key, h);
                if (result.size() >= so.size()) {
                    break;
                }
            }
        }
        return result;
    }

    static PySet intersectionMulti(ThreadState ts, PySet so, PyObject[] others) {
        if (others.length == 0) {
            return copy(ts, so);
        }
        PySet result = so;
        for (PyObject other : others) {
            result = intersection(ts, result, other);
        }
        return result;
    }

    static boolean isDisjoint(ThreadState ts, PySet so, PyObject other) {
        if (so == other) {
            return so.size() == 0;
        }
        if (other.getClass() == PySet.class) {
            PySet big = so;
            PySet small = (PySet) other;
            if (small.size() > big.size()) {
                big = small;
                small = so;
            }
            for (int j = small.nextSlot(0); j >= 0; j = small.nextSlot(j + 1)) {
                if (big.containsEntry(ts, small.keyAt(j), small.hashAt(j))) {
                    return false;
                }
            }
            return true;
        }
        PyObject it = Iteration.iter(ts, other);
        for (PyObject key = Iteration.next(ts, it); key != null; key = Iteration.next(ts, it)) {
            if (so.contains(ts, key)) {
                return false;
            }
        }
        return true;
    }

    /** set_difference_update_internal. */
    static void differenceUpdate(ThreadState ts, PySet so, PyObject other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (isAnySet(other)) {
            PySet o = (PySet) other;
            // when the other set is more than 8 times larger, only the common keys matter
            if ((o.size() >> 3) > so.size()) {
                o = intersection(ts, so, o);
            }
            for (int j = o.nextSlot(0); j >= 0; j = o.nextSlot(j + 1)) {
                so.discardEntry(ts, o.keyAt(j), o.hashAt(j));
            }
        } else {
            PyObject it = Iteration.iter(ts, other);
            for (PyObject key = Iteration.next(ts, it); key != null; key = Iteration.next(ts, it)) {
                so.discard(ts, key);
            }
        }
        so.shrinkIfSparse();
    }

    private static PySet copyAndDifference(ThreadState ts, PySet so, PyObject other) {
        PySet result = copy(ts, so);
        differenceUpdate(ts, result, other);
        return result;
    }

    /** set_difference. */
    static PySet difference(ThreadState ts, PySet so, PyObject other) {
        int otherSize;
        if (isAnySet(other)) {
            otherSize = ((PySet) other).size();
        } else if (other.getClass() == PyDict.class) {
            otherSize = ((PyDict) other).size();
        } else {
            return copyAndDifference(ts, so, other);
        }
        if ((so.size() >> 2) > otherSize) {
            return copyAndDifference(ts, so, other);
        }
        PySet result = newBaseSet(ts, so.type(), null);
        for (int j = so.nextSlot(0); j >= 0; j = so.nextSlot(j + 1)) {
            PyObject key = so.keyAt(j);
            long h = so.hashAt(j);
            boolean present = other instanceof PySet ? ((PySet) other).containsEntry(ts, key, h)
                    : ((PyDict) other).containsKey(ts, key);
            if (!present) {
                result.addEntry(ts, key, h);
            }
        }
        return result;
    }

    static PySet differenceMulti(ThreadState ts, PySet so, PyObject[] others) {
        if (others.length == 0) {
            return copy(ts, so);
        }
        PySet result = difference(ts, so, others[0]);
        for (int i = 1; i < others.length; i++) {
            differenceUpdate(ts, result, others[i]);
        }
        return result;
    }

    /** set_symmetric_difference_update. */
    static void symmetricDifferenceUpdate(ThreadState ts, PySet so, PyObject other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other.getClass() == PyDict.class) {
            PyDict d = (PyDict) other;
            for (int e = 0; e < d.entryLimit(); e++) {
                PyObject key = d.keyAt(e);
                if (key != null && !so.discardEntry(ts, key, d.hashAt(e))) {
                    so.addEntry(ts, key, d.hashAt(e));
                }
            }
            return;
        }
        PySet o = isAnySet(other) ? (PySet) other : newBaseSet(ts, so.type(), other);
        for (int j = o.nextSlot(0); j >= 0; j = o.nextSlot(j + 1)) {
            PyObject key = o.keyAt(j);
            long h = o.hashAt(j);
            if (!so.discardEntry(ts, key, h)) {
                so.addEntry(ts, key, h);
            }
        }
    }

    static PySet symmetricDifference(ThreadState ts, PySet so, PyObject other) {
        PySet result = newBaseSet(ts, so.type(), other);
        symmetricDifferenceUpdate(ts, result, so);
        return result;
    }

    /** set_issubset. */
    static boolean isSubset(ThreadState ts, PySet so, PyObject other) {
        if (!isAnySet(other)) {
            return intersection(ts, so, other).size() == so.size();
        }
        PySet o = (PySet) other;
        if (so.size() > o.size()) {
            return false;
        }
        for (int j = so.nextSlot(0); j >= 0; j = so.nextSlot(j + 1)) {
            if (!o.containsEntry(ts, so.keyAt(j), so.hashAt(j))) {
                return false;
            }
        }
        return true;
    }

    /** set_issuperset. */
    static boolean isSuperset(ThreadState ts, PySet so, PyObject other) {
        if (isAnySet(other)) {
            return isSubset(ts, (PySet) other, so);
        }
        PyObject it = Iteration.iter(ts, other);
        for (PyObject key = Iteration.next(ts, it); key != null; key = Iteration.next(ts, it)) {
            if (!so.contains(ts, key)) {
                return false;
            }
        }
        return true;
    }

    /** set_richcompare: null for NotImplemented. */
    static Boolean compare(ThreadState ts, PySet v, PyObject w, int op) {
        if (!isAnySet(w)) {
            return null;
        }
        PySet o = (PySet) w;
        switch (op) {
            case Abstract.EQ:
                return equal(ts, v, o);
            case Abstract.NE:
                return !equal(ts, v, o);
            case Abstract.LE:
                return isSubset(ts, v, o);
            case Abstract.GE:
                return isSuperset(ts, v, o);
            case Abstract.LT:
                return v.size() < o.size() && isSubset(ts, v, o);
            default:
                return v.size() > o.size() && isSuperset(ts, v, o);
        }
    }

    private static boolean equal(ThreadState ts, PySet v, PySet w) {
        if (v.size() != w.size()) {
            return false;
        }
        if (v.cachedHash() != -1 && w.cachedHash() != -1 && v.cachedHash() != w.cachedHash()) {
            return false;
        }
        return isSubset(ts, v, w);
    }

    /**
     * set_contains / set_remove / set_discard: when hashing {@code key} failed with TypeError and it
     * is a set, look it up as a frozenset instead; any other failure is thrown again.
     */
    static PySet frozenKey(ThreadState ts, PyObject key, PyException failure) {
        if (!(key instanceof PySet) || ((PySet) key).frozen || !failure.value.matches(ExceptionTypes.TYPE_ERROR)) {
            throw failure;
        }
        PySet tmp = new PySet(true);
        update(ts, tmp, key);
        return tmp;
    }
}
