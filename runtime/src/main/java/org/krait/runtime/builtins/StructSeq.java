package org.krait.runtime.builtins;

import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;

/** Struct sequences ({@code sys.version_info} and kin): tuples whose fields also have names. */
final class StructSeq {
    private static final String[] VERSION_FIELDS = {"major", "minor", "micro", "releaselevel", "serial"};
    private static final PyType VERSION_INFO = PyType.builtin("version_info", PyTuple.TYPE, 0, null,
            b -> define(b, "sys.version_info", VERSION_FIELDS));

    private StructSeq() {
    }

    /** A new {@code sys.version_info} (one per interpreter: struct sequences have an instance dict). */
    static PyTuple versionInfo() {
        return new PyTuple.Derived(VERSION_INFO, new PyObject[] {PyInt.of(3), PyInt.of(12), PyInt.of(1),
            PyStr.of("final"), PyInt.of(0)});
    }

    private static void define(TypeBuilder b, String name, String[] fields) {
        b.attr("__module__", PyStr.of("sys"));
        for (int i = 0; i < fields.length; i++) {
            int idx = i;
            b.getter(fields[i], o -> ((PyTuple) o).items[idx]);
        }
        b.method("__repr__($self, /)", (ts, a) -> {
            StringBuilder sb = new StringBuilder(name).append('(');
            PyObject[] items = ((PyTuple) a[0]).items;
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(fields[i]).append('=').append(Abstract.repr(ts, items[i]));
            }
            return PyStr.of(sb.append(')').toString());
        });
    }
}
