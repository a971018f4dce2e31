package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;

/**
 * Argument handling of the constructors of str, bytes and bytearray, which Argument Clinic
 * binds with _PyArg_UnpackKeywords (all parameters optional, positional or keyword) and whose
 * {@code __new__} is reached through tp_new_wrapper's checks of the class argument.
 */
final class ConstructorArgs {
    private ConstructorArgs() {
    }

    /**
     * Binds positional arguments and keywords to {@code names}; absent parameters are null.
     * Raises CPython's texts: "str() takes at most 3 arguments (4 given)", "'x' is an invalid
     * keyword argument for str()", "argument for str() given by name ('object') and position (1)".
     */
    static PyObject[] unpack(String fname, String[] names, PyTuple args, PyDict kw) {
        int nargs = args.size();
        int nkw = kw == null ? 0 : kw.size();
        if (nargs + nkw > names.length) {
            throw Errors.typeError(fname + "() takes at most " + names.length + " " + (nargs == 0 ? "keyword " : "")
                    + "argument" + (names.length == 1 ? "" : "s") + " (" + (nargs + nkw) + " given)");
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args.items, 0, out, 0, nargs);
        for (int e = 0; kw != null && e < kw.entryLimit(); e++) {
            PyObject k = kw.keyAt(e);
            if (k == null) {
                continue;
            }
            String key = ((PyStr) k).value();
            int i = 0;
            while (i < names.length && !names[i].equals(key)) {
                i++;
            }
            if (i == names.length) {
                throw Errors.typeError("'" + key + "' is an invalid keyword argument for " + fname + "()");
            }
            if (out[i] != null) {
                throw Errors.typeError("argument for " + fname + "() given by name ('" + key + "') and position ("
                        + (i + 1) + ")");
            }
            out[i] = kw.valueAt(e);
        }
        return out;
    }

    /**
     * The arguments of {@code T.__new__(cls, *args, **kwargs)} written as "__new__(*args, **kwargs)":
     * element 0 is the checked class, then the parameters bound as {@link #unpack} binds them.
     */
    static PyObject[] newArgs(PyType self, String[] names, PyObject[] a) {
        PyTuple args = (PyTuple) a[0];
        if (args.size() == 0) {
            throw Errors.typeError(self.name() + ".__new__(): not enough arguments");
        }
        PyType cls = newType(self, args.get(0));
        PyObject[] p = unpack(self.name(), names, new PyTuple(java.util.Arrays.copyOfRange(args.items, 1,
                args.size())), (PyDict) a[1]);
        PyObject[] out = new PyObject[p.length + 1];
        out[0] = cls;
        System.arraycopy(p, 0, out, 1, p.length);
        return out;
    }

    /** tp_new_wrapper's checks of {@code T.__new__(cls, ...)}: cls must be a subtype of T. */
    static PyType newType(PyType self, PyObject cls) {
        if (!(cls instanceof PyType)) {
            throw Errors.typeError(self.name() + ".__new__(X): X is not a type object (" + cls.type().name() + ")");
        }
        PyType t = (PyType) cls;
        if (!t.isSubtypeOf(self)) {
            throw Errors.typeError(self.name() + ".__new__(" + t.name() + "): " + t.name() + " is not a subtype of "
                    + self.name());
        }
        return t;
    }
}
