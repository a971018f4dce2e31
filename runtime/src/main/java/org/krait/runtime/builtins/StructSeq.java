package org.krait.runtime.builtins;

import java.util.List;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.types.TypeMethods;

/**
 * Struct sequences (Objects/structseq.c: {@code sys.version_info}, {@code sys.float_info},
 * {@code time.struct_time}, ...): tuples of their first {@code visible} fields whose every field
 * also has a name; the fields past {@code visible} (struct_time's tm_zone, tm_gmtoff) are
 * attributes only. The types are immutable built-in types, shared by all interpreters.
 */
public final class StructSeq {
    private static final String[] VERSION_FIELDS = {"major", "minor", "micro", "releaselevel", "serial"};
    private static final PyType VERSION_INFO = type("sys.version_info", VERSION_FIELDS, VERSION_FIELDS.length);

    private StructSeq() {
    }

    /** An instance: the visible fields are the tuple, all fields (hidden ones too) in {@code fields}. */
    static final class Instance extends PyTuple {
        private final PyType type;
        final PyObject[] fields;

        Instance(PyType type, PyObject[] fields, int visible) {
            super(java.util.Arrays.copyOf(fields, visible));
            this.type = type;
            this.fields = fields;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict instanceDict() {
            return null;
        }
    }

    /** A struct sequence type named {@code name} ("module.name") with fields, the first visible of them in the tuple. */
    public static PyType type(String name, String[] fields, int visible) {
        return PyType.builtin(name, PyTuple.TYPE, 0, null, b -> define(b, name, fields, visible));
    }

    /** A new instance of a struct sequence type; values holds every field. */
    public static PyTuple make(PyType type, PyObject... values) {
        return new Instance(type, values, visibleCount(type, values.length));
    }

    private static int visibleCount(PyType type, int all) {
        PyObject n = type.dict().getStr("n_sequence_fields");
        return n instanceof PyInt ? (int) ((PyInt) n).value : all;
    }

    /** Field i of a struct sequence instance, the fields past the tuple included. */
    public static PyObject field(PyTuple seq, int i) {
        return ((Instance) seq).fields[i];
    }

    /** A new {@code sys.version_info}. */
    static PyTuple versionInfo() {
        return make(VERSION_INFO, PyInt.of(3), PyInt.of(12), PyInt.of(1), PyStr.of("final"), PyInt.of(0));
    }

    private static void define(TypeBuilder b, String name, String[] fields, int visible) {
        for (int i = 0; i < fields.length; i++) {
            int idx = i;
            b.getter(fields[i], o -> ((Instance) o).fields[idx]);
        }
        b.attr("n_sequence_fields", PyInt.of(visible));
        b.attr("n_fields", PyInt.of(fields.length));
        b.attr("n_unnamed_fields", PyInt.ZERO);
        b.method("__repr__($self, /)", (ts, a) -> {
            StringBuilder sb = new StringBuilder(name).append('(');
            PyObject[] items = ((PyTuple) a[0]).items;
            for (int i = 0; i < visible; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(fields[i]).append('=').append(Abstract.repr(ts, items[i]));
            }
            return PyStr.of(sb.append(')').toString());
        });
        b.staticMethod("__new__(type, sequence, dict=None)", (ts, a) -> {
            PyType cls = (PyType) a[0];
            List<PyObject> items = TypeMethods.toList(ts, a[1]);
            int n = items.size();
            if (n < visible || n > fields.length) {
                String bound = visible == fields.length ? "a " + visible
                        : n < visible ? "an at least " + visible : "an at most " + fields.length;
                throw Errors.typeError(name + "() takes " + bound + "-sequence (" + n + "-sequence given)");
            }
            PyObject[] values = new PyObject[fields.length];
            for (int i = 0; i < fields.length; i++) {
                values[i] = i < n ? items.get(i) : PyNone.NONE;
            }
            return new Instance(cls, values, visible);
        });
    }
}
