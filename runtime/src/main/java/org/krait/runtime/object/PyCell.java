package org.krait.runtime.object;

/** A closure cell; {@code contents} null means empty (unbound). */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", null, 0, null, null);

    public PyObject contents;

    public PyCell(PyObject contents) {
        this.contents = contents;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
