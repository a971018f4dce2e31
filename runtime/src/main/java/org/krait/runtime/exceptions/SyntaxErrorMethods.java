package org.krait.runtime.exceptions;

import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.types.TypeMethods;

/** SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)) and its str. */
final class SyntaxErrorMethods {
    static final String[] FIELDS = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};

    private SyntaxErrorMethods() {
    }

    static void define(TypeBuilder b) {
        b.method("__init__($self, /, *args)", (ts, a) -> {
            PyBaseException e = (PyBaseException) a[0];
            PyTuple args = (PyTuple) a[1];
            e.args = args;
            e.setAttr("msg", args.size() >= 1 ? args.get(0) : PyNone.NONE);
            for (String f : FIELDS) {
                e.setAttr(f, PyNone.NONE);
            }
            e.setAttr("print_file_and_line", PyNone.NONE);
            if (args.size() == 2) {
                java.util.List<PyObject> info = TypeMethods.toList(ts, args.get(1));
                for (int i = 0; i < FIELDS.length && i < info.size(); i++) {
                    e.setAttr(FIELDS[i], info.get(i));
                }
            }
            return PyNone.NONE;
        });
        b.method("__str__($self, /)", (ts, a) -> {
            PyBaseException e = (PyBaseException) a[0];
            PyObject msg = e.attr("msg");
            String m = msg == null || msg == PyNone.NONE ? "" : Abstract.str(ts, msg);
            PyObject file = e.attr("filename");
            PyObject line = e.attr("lineno");
            String f = file instanceof PyStr ? ((PyStr) file).value() : null;
            if (f != null) {
                int slash = f.lastIndexOf('/');
                f = f.substring(slash + 1);
            }
            boolean hasLine = line instanceof org.krait.runtime.object.PyInt;
            if (f != null && hasLine) {
                return PyStr.of(m + " (" + f + ", line " + Abstract.str(ts, line) + ")");
            }
            if (f != null) {
                return PyStr.of(m + " (" + f + ")");
            }
            if (hasLine) {
                return PyStr.of(m + " (line " + Abstract.str(ts, line) + ")");
            }
            return PyStr.of(m);
        });
        for (String n : new String[] {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
            "print_file_and_line"}) {
            b.getset(n, (ts, o) -> {
                PyObject v = ((PyBaseException) o).attr(n);
                return v == null ? PyNone.NONE : v;
            }, (ts, o, v) -> ((PyBaseException) o).setAttr(n, v == null ? PyNone.NONE : v));
        }
    }
}
