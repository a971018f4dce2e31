package org.krait.runtime.builtins;

import java.util.List;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyBaseException;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.Interpreter;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.ops.Abstract;

/** The {@code sys} module of one interpreter (Python/sysmodule.c essentials). */
public final class SysModule {
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
        m.def("exc_info()", (ts, a) -> {
            PyBaseException e = ts.handled;
            if (e == null) {
                return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            return PyTuple.of(e.type(), e, e.traceback == null ? PyNone.NONE : e.traceback);
        });
        m.def("exception()", (ts, a) -> ts.handled == null ? PyNone.NONE : ts.handled);
        m.def("intern(string, /)", (ts, a) -> a[0]);
        m.def("getsizeof(object, default=?, /)", (ts, a) -> PyInt.of(64));
        m.def("get_int_max_str_digits()", (ts, a) -> PyInt.of(4300));
        m.def("getdefaultencoding()", (ts, a) -> PyStr.of("utf-8"));
        m.def("getfilesystemencoding()", (ts, a) -> PyStr.of("utf-8"));
        return m;
    }

    static PyObject none() {
        return PyNone.NONE;
    }
}
