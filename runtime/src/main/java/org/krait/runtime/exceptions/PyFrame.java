package org.krait.runtime.exceptions;

import org.krait.runtime.object.PyCode;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyType;

/**
 * A frame object made on demand (ADR 0004: there is no heap frame per call). From a traceback entry
 * it knows its code and line; locals are not kept, so {@code f_locals} is empty and {@code f_back} None.
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", null, 0, null, b -> {
        b.getter("f_code", o -> ((PyFrame) o).code);
        b.getter("f_lineno", o -> PyInt.of(((PyFrame) o).lineno));
        b.getter("f_lasti", o -> PyInt.of(((PyFrame) o).position * 2));
        b.getter("f_back", o -> PyNone.NONE);
        b.getter("f_locals", o -> ((PyFrame) o).locals == null ? new PyDict() : ((PyFrame) o).locals);
        b.getter("f_globals", o -> new PyDict());
        b.method("__repr__($self, /)", (ts, a) -> {
            PyFrame f = (PyFrame) a[0];
            return PyStr.of("<frame at 0x0, file '" + f.code.filename + "', line " + f.lineno + ", code "
                    + f.code.name + ">");
        });
    });

    final PyCode code;
    final int lineno;
    final int position;
    /** The frame's locals when known (a suspended generator's), else null: f_locals is then empty. */
    final PyDict locals;

    public PyFrame(PyCode code, int position) {
        this(code, position, code.lineOf(position), null);
    }

    public PyFrame(PyCode code, int position, int lineno, PyDict locals) {
        this.code = code;
        this.position = position;
        this.lineno = lineno;
        this.locals = locals;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
