package org.krait.runtime.object;

import org.krait.runtime.types.SingletonMethods;

/** {@code None}, immortal. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType", null, 0, null, SingletonMethods::defineNone);
    public static final PyNone NONE = new PyNone();

    private PyNone() {
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
