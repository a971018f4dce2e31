package org.krait.runtime.object;

import org.krait.runtime.types.DescriptorMethods;

/** {@code staticmethod(f)}: returns {@code f} itself on attribute access. */
public final class PyStaticMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("staticmethod", null, PyType.BASETYPE, null,
            DescriptorMethods::defineStaticMethod);

    public PyObject callable;
    private PyDict dict;

    public PyStaticMethod(PyObject callable) {
        this.callable = callable;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }
}
