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
