package org.krait.runtime.object;

import org.krait.runtime.types.IteratorMethods;

import org.krait.runtime.interp.ThreadState;

/**
 * A built-in iterator. {@link #next} returns null when exhausted, so FOR_ITER over built-in
 * iterators raises no StopIteration at all; {@code __next__} (in IteratorMethods) turns null into
 * StopIteration for Python callers.
 */
public abstract class PyIterator extends PyObject {
    private final PyType type;
    /** The type is built in, not a Python subclass that may override __iter__/__next__ (fixed, as types are). */
    private final boolean plain;

    protected PyIterator(PyType type) {
        this.type = type;
        this.plain = !type.isHeapType();
    }

    @Override
    public final PyType type() {
        return type;
    }

    /** Whether FOR_ITER may call {@link #next} directly: the type is not a Python subclass. */
    public final boolean isPlain() {
        return plain;
    }

    public abstract PyObject next(ThreadState ts);

    /** The StopIteration to raise for Python callers after {@link #next} returned null. */
    public org.krait.runtime.exceptions.PyException exhausted() {
        return new org.krait.runtime.exceptions.PyException(
                new org.krait.runtime.exceptions.PyBaseException(org.krait.runtime.exceptions.ExceptionTypes.STOP_ITERATION));
    }

    /** {@code __length_hint__} of the iterator types created by {@link #sizedIteratorType}. */
    public long lengthHint(ThreadState ts) {
        return 0;
    }

    /** An iterator type: {@code __iter__} returns self, {@code __next__} calls {@link #next}. */
    public static PyType iteratorType(String name) {
        return PyType.builtin(name, null, 0, null, org.krait.runtime.types.IteratorMethods::define);
    }

    /** An iterator type that also has {@code __length_hint__} (the items it has left). */
    public static PyType sizedIteratorType(String name) {
        return PyType.builtin(name, null, 0, null, org.krait.runtime.types.IteratorMethods::defineSized);
    }
}
