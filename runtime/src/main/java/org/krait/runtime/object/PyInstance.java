package org.krait.runtime.object;

/**
 * An instance of a Python class whose solid base is {@code object}: a type and its attributes.
 *
 * <p>The attributes live inline first (ADR 0014), as CPython 3.12 keeps an object's values in the
 * object: {@link #values} holds the values of the first {@link #used} keys of the class's
 * {@link SharedKeys}, in order, and no dict exists. The first time anything needs a real
 * {@code __dict__} (the {@code __dict__} attribute, {@code vars()}, a deletion, a key out of the
 * shared order, the generic attribute paths), {@link #instanceDict()} makes a split dict that
 * takes over the values array, and from then on that dict holds the attributes. So a plain
 * object costs two allocations, not three, and an attribute site reads the value with one load
 * fewer.
 */
public class PyInstance extends PyObject {
    private PyType type;
    private PyDict dict;
    /** Inline values while {@link #dict} is null: value {@code i} is for shared key {@code i}. */
    private PyObject[] values;
    /** How many leading shared keys the inline values hold. */
    private int used;
    /** Values of {@code __slots__} members, by slot index; null when the class declares none. */
    public PyObject[] slots;

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** {@code obj.__class__ = other} for compatible layouts (the inline order is the old class's). */
    public void setType(PyType type) {
        if (used > 0) {
            instanceDict();
        }
        this.type = type;
    }

    /** The {@code __dict__}, made now from the inline values if there is none yet. */
    @Override
    public PyDict instanceDict() {
        if (dict == null && type.hasInstanceDict()) {
            SharedKeys k = type.sharedKeys();
            dict = values == null ? new PyDict(k) : new PyDict(k, values, used);
            values = null;
            used = 0;
        }
        return dict;
    }

    /** The {@code __dict__} if it has been made, else null (the attributes may then be inline). */
    public PyDict dictIfAny() {
        return dict;
    }

    public void setInstanceDict(PyDict d) {
        dict = d;
        values = null;
        used = 0;
    }

    /** How many shared keys the inline values hold (0 once the dict is made). */
    public int inlineCount() {
        return used;
    }

    /**
     * The inline value for shared key {@code position}, or null when it is not held inline (a
     * negative position, one past the inline values, or the dict made: then none is inline).
     */
    public PyObject inlineAt(int position) {
        return position >= 0 && position < used ? values[position] : null;
    }

    /** Replaces the inline value for shared key {@code position} if it is held inline; false otherwise. */
    public boolean setInlineAt(int position, PyObject value) {
        if (position >= 0 && position < used) {
            values[position] = value;
            return true;
        }
        return false;
    }

    /**
     * Sets attribute {@code key} inline when that stays possible: the dict has not been made, and
     * the key is one of the inline ones or the next shared key (appended to the class's shared
     * keys if no instance had it yet). False, with nothing done, otherwise.
     */
    public boolean setInline(PyStr key, PyObject value) {
        if (dict != null || !type.hasInstanceDict()) {
            return false;
        }
        SharedKeys k = type.sharedKeys();
        int p = k.indexOf(key.value());
        if (p >= 0 && p < used) {
            values[p] = value;
            return true;
        }
        if (k.keyAt(used, key, key.hash()) == null) {
            return false;
        }
        appendInline(k, value);
        return true;
    }

    /**
     * Appends the value of shared key {@code position} when the inline values end just before it
     * and the class's shared keys already hold it; false, with nothing done, otherwise.
     */
    public boolean appendInline(int position, PyObject value) {
        if (dict != null || position != used || !type.hasInstanceDict()) {
            return false;
        }
        SharedKeys k = type.sharedKeys();
        if (position >= k.count()) {
            return false;
        }
        appendInline(k, value);
        return true;
    }

    private void appendInline(SharedKeys k, PyObject value) {
        int n = used;
        PyObject[] v = values;
        if (v == null) {
            v = values = new PyObject[Math.max(k.count(), 4)];
        } else if (n == v.length) {
            PyObject[] w = new PyObject[Math.max(k.count(), n * 2)];
            System.arraycopy(v, 0, w, 0, n);
            v = values = w;
        }
        v[n] = value;
        used = n + 1;
    }

    /** The inline value of attribute {@code name}, or null (also when the dict has been made). */
    public PyObject inlineGet(String name) {
        if (used == 0) {
            return null;
        }
        int p = type.sharedKeys().indexOf(name);
        return p >= 0 && p < used ? values[p] : null;
    }
}
