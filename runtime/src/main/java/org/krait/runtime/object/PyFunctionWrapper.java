package org.krait.runtime.object;

/** What classmethod and staticmethod objects share: the wrapped callable and an instance dict. */
public abstract class PyFunctionWrapper extends PyObject {
    public PyObject callable;
    private PyDict dict;

    protected PyFunctionWrapper(PyObject callable) {
        this.callable = callable;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }
}
