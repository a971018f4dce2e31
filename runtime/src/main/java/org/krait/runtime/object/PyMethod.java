package org.krait.runtime.object;

import org.krait.runtime.types.FunctionMethods;

/** A bound method: a function (or any callable) with its {@code __self__}. */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", null, 0, null, FunctionMethods::defineMethod);

    public final PyObject function;
    public final PyObject self;

    public PyMethod(PyObject function, PyObject self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
