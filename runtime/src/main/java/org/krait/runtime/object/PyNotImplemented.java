package org.krait.runtime.object;

import org.krait.runtime.types.SingletonMethods;

/** {@code NotImplemented}, immortal. */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.builtin("NotImplementedType", null, 0, null,
            SingletonMethods::defineNotImplemented);
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
