package org.krait.runtime.object;

/** A closure cell; {@code contents} null means empty (unbound). */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", null, 0, null, b -> b.getset("cell_contents",
            (ts, o) -> {
                PyObject v = ((PyCell) o).contents;
                if (v == null) {
                    throw org.krait.runtime.exceptions.Errors.valueError("Cell is empty");
                }
                return v;
            }, (ts, o, v) -> ((PyCell) o).contents = v));

    public PyObject contents;

    public PyCell(PyObject contents) {
        this.contents = contents;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
