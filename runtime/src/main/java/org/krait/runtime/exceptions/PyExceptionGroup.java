package org.krait.runtime.exceptions;

import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Calls;

/**
 * An instance of BaseExceptionGroup or a subclass (Objects/exceptions.c PyBaseExceptionGroupObject):
 * the message and the tuple of nested exceptions, both fixed by {@code __new__}; methods in
 * {@link ExceptionGroupMethods}.
 */
public final class PyExceptionGroup extends PyBaseException {
    /** The message, a str (read-only attribute {@code message}). */
    public PyObject message;
    /** The nested exceptions, a non-empty tuple (read-only attribute {@code exceptions}). */
    public PyTuple exceptions;

    public PyExceptionGroup(PyType type) {
        super(type);
    }

    /** _PyExc_CreateExceptionGroup: {@code BaseExceptionGroup(message, excs)}. */
    public static PyObject create(ThreadState ts, String message, PyObject excs) {
        return Calls.call(ts, ExceptionTypes.BASE_EXCEPTION_GROUP, PyStr.of(message), excs);
    }
}
