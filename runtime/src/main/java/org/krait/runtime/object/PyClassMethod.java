package org.krait.runtime.object;

import org.krait.runtime.types.DescriptorMethods;

/** {@code classmethod(f)}: binds {@code f} to the class on attribute access. */
public final class PyClassMethod extends PyFunctionWrapper {
    public static final PyType TYPE = PyType.builtin("classmethod", null, PyType.BASETYPE, null,
            DescriptorMethods::defineClassMethod);

    public PyClassMethod(PyObject callable) {
        super(callable);
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
