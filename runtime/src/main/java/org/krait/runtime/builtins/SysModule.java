package org.krait.runtime.builtins;

import java.util.List;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyBaseException;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.Interpreter;
import org.krait.runtime.numeric.IntText;
import org.krait.runtime.numeric.NumericHash;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Abstract;

/** The {@code sys} module of one interpreter (Python/sysmodule.c essentials). */
public final class SysModule {
    private static final PyType ASYNCGEN_HOOKS = StructSeq.type("asyncgen_hooks",
            new String[] {"firstiter", "finalizer"}, 2);
    private static final PyType INT_INFO = StructSeq.type("sys.int_info", new String[] {"bits_per_digit",
        "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, 4);
    private static final PyType FLOAT_INFO = StructSeq.type("sys.float_info", new String[] {"max", "max_exp",
        "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}, 11);
    private static final PyType HASH_INFO = StructSeq.type("sys.hash_info", new String[] {"width", "modulus", "inf",
        "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, 9);
    /** _PY_LONG_MAX_STR_DIGITS_THRESHOLD: the smallest limit sys.set_int_max_str_digits accepts. */
    private static final int STR_DIGITS_THRESHOLD = 640;

    private SysModule() {
    }

    public static PyModule create(Interpreter interp, List<String> argv) {
        PyModule m = new PyModule("sys");
        PyDict d = m.dict;
        PyList av = new PyList();
        for (String s : argv) {
            av.append(PyStr.of(s));
        }
        d.putStr("argv", av);
        d.putStr("orig_argv", new PyList(av.toArray()));
        d.putStr("stdout", interp.stdout);
        d.putStr("stderr", interp.stderr);
        d.putStr("stdin", interp.stdin);
        d.putStr("__stdout__", interp.stdout);
        d.putStr("__stderr__", interp.stderr);
        d.putStr("__stdin__", interp.stdin);
        d.putStr("modules", interp.modules);
        d.putStr("maxsize", PyInt.of(Long.MAX_VALUE));
        d.putStr("maxunicode", PyInt.of(0x10FFFF));
        d.putStr("byteorder", PyStr.of("little"));
        d.putStr("platform", PyStr.of("linux"));
        d.putStr("version", PyStr.of("3.12.1 (Krait 0.1.0)"));
        d.putStr("hexversion", PyInt.of(0x030C01F0));
        d.putStr("version_info", StructSeq.versionInfo());
        d.putStr("implementation", PyStr.of("krait"));
        d.putStr("path", new PyList());
        d.putStr("executable", PyStr.of(""));
        d.putStr("builtin_module_names", PyTuple.of(PyStr.of("builtins"), PyStr.of("sys")));
        m.def("exit(status=None, /)", (ts, a) -> {
            PyBaseException e = new PyBaseException(ExceptionTypes.SYSTEM_EXIT);
            e.args = a[0] == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(a[0]);
            e.setAttr("code", a[0]);
            throw new PyException(e);
        });
        m.def("getrecursionlimit()", (ts, a) -> PyInt.of(ts.interp.recursionLimit()));
        m.def("setrecursionlimit(limit, /)", (ts, a) -> {
            if (!(a[0] instanceof PyInt)) {
                throw Errors.typeError("'" + a[0].type().name() + "' object cannot be interpreted as an integer");
            }
            int n = Abstract.asIndex(ts, a[0]);
            if (n < 1) {
                throw Errors.valueError("recursion limit must be greater or equal than 1");
            }
            if (n <= ts.depth) {
                throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "cannot set the recursion limit to " + n
                        + " at the recursion depth " + ts.depth + ": the limit is too low");
            }
            ts.interp.setRecursionLimit(n);
            return PyNone.NONE;
        });
        m.def("set_asyncgen_hooks(firstiter=?, finalizer=?)", (ts, a) -> {
            for (int i = 0; i < 2; i++) {
                if (a[i] != null && a[i] != PyNone.NONE && !CoreFunctions.isCallable(a[i])) {
                    throw Errors.typeError("callable " + (i == 0 ? "firstiter" : "finalizer") + " expected, got "
                            + a[i].type().name());
                }
            }
            if (a[1] != null) {
                ts.asyncGenFinalizer = a[1] == PyNone.NONE ? null : a[1];
            }
            if (a[0] != null) {
                ts.asyncGenFirstiter = a[0] == PyNone.NONE ? null : a[0];
            }
            return PyNone.NONE;
        });
        m.def("get_asyncgen_hooks()", (ts, a) -> StructSeq.make(ASYNCGEN_HOOKS,
                ts.asyncGenFirstiter == null ? PyNone.NONE : ts.asyncGenFirstiter,
                ts.asyncGenFinalizer == null ? PyNone.NONE : ts.asyncGenFinalizer));
        m.def("exc_info()", (ts, a) -> {
            PyBaseException e = ts.topmostHandled();
            if (e == null) {
                return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            return PyTuple.of(e.type(), e, e.traceback == null ? PyNone.NONE : e.traceback);
        });
        m.def("exception()", (ts, a) -> {
            PyBaseException e = ts.topmostHandled();
            return e == null ? PyNone.NONE : e;
        });
        m.def("intern(string, /)", (ts, a) -> a[0]);
        m.def("getsizeof(object, default=?, /)", (ts, a) -> PyInt.of(64));
        d.putStr("int_info", StructSeq.make(INT_INFO, PyInt.of(30), PyInt.of(4),
                PyInt.of(IntText.DEFAULT_MAX_STR_DIGITS), PyInt.of(STR_DIGITS_THRESHOLD)));
        d.putStr("float_info", StructSeq.make(FLOAT_INFO, new PyFloat(Double.MAX_VALUE), PyInt.of(1024),
                PyInt.of(308), new PyFloat(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15),
                PyInt.of(53), new PyFloat(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        d.putStr("hash_info", StructSeq.make(HASH_INFO, PyInt.of(64), PyInt.of(NumericHash.MODULUS),
                PyInt.of(NumericHash.INF), PyInt.ZERO, PyInt.of(NumericHash.IMAG), PyStr.of("siphash13"),
                PyInt.of(64), PyInt.of(128), PyInt.ZERO));
        m.def("get_int_max_str_digits()", (ts, a) -> PyInt.of(ts.interp.intMaxStrDigits()));
        m.def("set_int_max_str_digits(maxdigits)", (ts, a) -> {
            PyInt n = Abstract.index(ts, a[0]);
            if (!n.fitsLong() || n.value > Integer.MAX_VALUE) {
                throw Errors.overflowError("Python int too large to convert to C int");
            }
            if (n.value != 0 && n.value < STR_DIGITS_THRESHOLD) {
                throw Errors.valueError("maxdigits must be 0 or larger than " + STR_DIGITS_THRESHOLD);
            }
            ts.interp.setIntMaxStrDigits((int) n.value);
            return PyNone.NONE;
        });
        m.def("getdefaultencoding()", (ts, a) -> PyStr.of("utf-8"));
        m.def("getfilesystemencoding()", (ts, a) -> PyStr.of("utf-8"));
        return m;
    }

    static PyObject none() {
        return PyNone.NONE;
    }
}
