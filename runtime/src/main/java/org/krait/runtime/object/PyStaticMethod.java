package org.krait.runtime.object;

import org.krait.runtime.types.DescriptorMethods;

/** {@code staticmethod(f)}: returns {@code f} itself on attribute access. */
public final class PyStaticMethod extends PyFunctionWrapper {
    public static final PyType TYPE = PyType.builtin("staticmethod", null, PyType.BASETYPE, null,
            DescriptorMethods::defineStaticMethod);

    public PyStaticMethod(PyObject callable) {
        super(callable);
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
