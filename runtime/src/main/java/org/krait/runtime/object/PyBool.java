package org.krait.runtime.object;

import org.krait.runtime.types.BoolMethods;

/** {@code True} and {@code False}: a Java subclass of PyInt as bool subclasses int. Immortal. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE, 0, null, BoolMethods::define);
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
