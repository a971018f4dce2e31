package org.krait.runtime.object;

import org.krait.runtime.types.SingletonMethods;

/** {@code Ellipsis} ({@code ...}), immortal. */
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = PyType.builtin("ellipsis", null, 0, null, SingletonMethods::defineEllipsis);
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
