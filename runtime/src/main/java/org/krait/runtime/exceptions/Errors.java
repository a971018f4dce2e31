package org.krait.runtime.exceptions;

import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;

/** Makes the Java throwables for Python exceptions raised by runtime code: {@code throw Errors.typeError(…)}. */
public final class Errors {
    private Errors() {
    }

    /** A new exception of built-in type {@code t} with {@code args == (message,)}. */
    public static PyBaseException create(PyType t, String message) {
        PyBaseException e = new PyBaseException(t);
        e.args = new PyTuple(new PyObject[] {PyStr.of(message)});
        return e;
    }

    public static PyException raise(PyType t, String message) {
        return new PyException(create(t, message));
    }

    public static PyException typeError(String message) {
        return raise(ExceptionTypes.TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return raise(ExceptionTypes.VALUE_ERROR, message);
    }

    public static PyException indexError(String message) {
        return raise(ExceptionTypes.INDEX_ERROR, message);
    }

    public static PyException overflowError(String message) {
        return raise(ExceptionTypes.OVERFLOW_ERROR, message);
    }

    public static PyException zeroDivision(String message) {
        return raise(ExceptionTypes.ZERO_DIVISION_ERROR, message);
    }

    public static PyException runtimeError(String message) {
        return raise(ExceptionTypes.RUNTIME_ERROR, message);
    }

    public static PyException systemError(String message) {
        return raise(ExceptionTypes.SYSTEM_ERROR, message);
    }

    /**
     * The Python exception for an error of the numeric library: its kind with CPython's message,
     * or for errno-style errors (float pow overflow) the arguments {@code (errno, message)}.
     */
    public static PyException numeric(org.krait.runtime.numeric.NumericError e) {
        PyType t;
        switch (e.kind()) {
            case TYPE_ERROR:
                t = ExceptionTypes.TYPE_ERROR;
                break;
            case OVERFLOW_ERROR:
                t = ExceptionTypes.OVERFLOW_ERROR;
                break;
            case ZERO_DIVISION_ERROR:
                t = ExceptionTypes.ZERO_DIVISION_ERROR;
                break;
            default:
                t = ExceptionTypes.VALUE_ERROR;
                break;
        }
        if (e.errno() == 0) {
            return raise(t, e.getMessage());
        }
        PyBaseException x = new PyBaseException(t);
        x.args = new PyTuple(new PyObject[] {org.krait.runtime.object.PyInt.of(e.errno()), PyStr.of(e.getMessage())});
        return new PyException(x);
    }

    /** MemoryError with no arguments, as CPython raises it when an allocation fails. */
    public static PyException memoryError() {
        PyBaseException e = new PyBaseException(ExceptionTypes.MEMORY_ERROR);
        e.args = PyTuple.EMPTY;
        return new PyException(e);
    }

    /** KeyError(key): args is the key itself, not a message. */
    public static PyException keyError(PyObject key) {
        PyBaseException e = new PyBaseException(ExceptionTypes.KEY_ERROR);
        e.args = new PyTuple(new PyObject[] {key});
        return new PyException(e);
    }

    /** AttributeError with its {@code name} and {@code obj} attributes, as 3.12 sets them for suggestions. */
    public static PyException attributeError(String message, PyObject obj, String name) {
        PyBaseException e = create(ExceptionTypes.ATTRIBUTE_ERROR, message);
        e.setAttr("name", PyStr.of(name));
        e.setAttr("obj", obj);
        return new PyException(e);
    }

    /** NameError with its {@code name} attribute. */
    public static PyException nameError(PyType t, String message, String name) {
        PyBaseException e = create(t, message);
        e.setAttr("name", PyStr.of(name));
        return new PyException(e);
    }
}
