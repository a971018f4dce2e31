package org.krait.runtime.exceptions;

import org.krait.runtime.object.PyCode;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyType;

/**
 * One traceback entry ({@code types.TracebackType}): the code that was running and which of its
 * source positions, linked to the entry of the frame it called ({@code tb_next}).
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", null, 0, null, b -> {
        b.getter("tb_lineno", o -> org.krait.runtime.object.PyInt.of(((PyTraceback) o).lineno()));
        b.getter("tb_next", o -> ((PyTraceback) o).next == null ? org.krait.runtime.object.PyNone.NONE
                : ((PyTraceback) o).next);
        b.getter("tb_frame", o -> new PyFrame(((PyTraceback) o).code, ((PyTraceback) o).position));
        b.getter("tb_lasti", o -> org.krait.runtime.object.PyInt.of(((PyTraceback) o).position * 2));
    });

    public final PyTraceback next;
    public final PyCode code;
    /** Index into {@link PyCode#positions}. */
    public final int position;

    public PyTraceback(PyCode code, int position, PyTraceback next) {
        this.code = code;
        this.position = position;
        this.next = next;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int lineno() {
        return code.lineOf(position);
    }
}
