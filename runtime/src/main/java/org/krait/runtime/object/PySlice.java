package org.krait.runtime.object;

import org.krait.runtime.types.SliceMethods;

/** {@code slice(start, stop, step)}: immutable; None for omitted parts. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", null, 0, null, org.krait.runtime.types.SliceMethods::define);

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
