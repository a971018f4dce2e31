package org.krait.runtime.object;

import org.krait.runtime.types.DescriptorMethods;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python accessors. */
public class PyProperty extends PyObject {
    public static final PyType TYPE = PyType.builtin("property", null, PyType.BASETYPE, null,
            DescriptorMethods::defineProperty);

    public PyObject fget;
    public PyObject fset;
    public PyObject fdel;
    public PyObject doc;
    public PyObject name = PyNone.NONE;

    public PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
