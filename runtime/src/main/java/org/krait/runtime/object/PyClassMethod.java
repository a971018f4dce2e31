package org.krait.runtime.object;

import org.krait.runtime.types.DescriptorMethods;

/** {@code classmethod(f)}: binds {@code f} to the class on attribute access. */
public final class PyClassMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("classmethod", null, PyType.BASETYPE, null,
            DescriptorMethods::defineClassMethod);

    public PyObject callable;
    private PyDict dict;

    public PyClassMethod(PyObject callable) {
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
