package org.krait.runtime.exceptions;

import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;

/**
 * A Python exception object (an instance of BaseException or a subclass, built-in or not).
 * Class-specific attributes ({@code SystemExit.code}, {@code StopIteration.value},
 * {@code NameError.name}, …) live in the instance dict, as CPython's member slots are visible there
 * only through descriptors; see {@link ExceptionMethods}.
 */
public class PyBaseException extends PyObject {
    private final PyType type;
    public PyTuple args = PyTuple.EMPTY;
    private PyDict dict;
    public PyTraceback traceback;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;

    public PyBaseException(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** An attribute stored in the instance dict, or null. */
    public PyObject attr(String name) {
        return dict == null ? null : dict.getStr(name);
    }

    public void setAttr(String name, PyObject value) {
        instanceDict().putStr(name, value);
    }

    /** The Java throwable that carries this exception up the Java stack. */
    public PyException toThrowable() {
        return new PyException(this);
    }

    /** True if this exception is an instance of {@code t} (or a subclass). */
    public boolean matches(PyType t) {
        return type.isSubtypeOf(t);
    }
}
