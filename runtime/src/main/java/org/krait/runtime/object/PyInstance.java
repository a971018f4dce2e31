package org.krait.runtime.object;

/** An instance of a Python class whose solid base is {@code object}: a type and a {@code __dict__}. */
public class PyInstance extends PyObject {
    private PyType type;
    private PyDict dict;
    /** Values of {@code __slots__} members, by slot index; null when the class declares none. */
    public PyObject[] slots;

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** {@code obj.__class__ = other} for compatible layouts. */
    public void setType(PyType type) {
        this.type = type;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null && type.hasInstanceDict()) {
            dict = new PyDict(type.sharedKeys());
        }
        return dict;
    }

    /** The {@code __dict__} if it exists yet, else null (attribute sites' fast paths). */
    public PyDict dictIfAny() {
        return dict;
    }

    public void setInstanceDict(PyDict d) {
        dict = d;
    }
}
