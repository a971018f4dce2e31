package org.krait.runtime.builtins;

import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;

/** What text and binary files share: close, flush, seek/tell, context manager, repr; and open(). */
final class FileMethods {
    private FileMethods() {
    }

    private static FileObject f(PyObject o) {
        return (FileObject) o;
    }

    /** A read size: an int (or __index__) or None for "all". */
    static long sizeArg(PyObject o) {
        if (o == PyNone.NONE) {
            return -1;
        }
        if (!(o instanceof PyInt)) {
            throw org.krait.runtime.exceptions.Errors.typeError("argument should be integer or None, not '"
                    + o.type().name() + "'");
        }
        return ((PyInt) o).fitsLong() ? ((PyInt) o).value : Long.MAX_VALUE;
    }

    static void common(TypeBuilder b) {
        b.method("close($self, /)", (ts, a) -> {
            f(a[0]).close();
            return PyNone.NONE;
        });
        b.method("flush($self, /)", (ts, a) -> {
            f(a[0]).checkOpen();
            f(a[0]).flushWrites();
            return PyNone.NONE;
        });
        b.method("tell($self, /)", (ts, a) -> PyInt.of(f(a[0]).tell()));
        b.method("seek($self, cookie, whence=0, /)", (ts, a) -> PyInt.of(f(a[0]).seek(((PyInt) a[1]).value,
                (int) ((PyInt) a[2]).value)));
        b.method("readable($self, /)", (ts, a) -> {
            f(a[0]).checkOpen();
            return PyBool.of(f(a[0]).readable());
        });
        b.method("writable($self, /)", (ts, a) -> {
            f(a[0]).checkOpen();
            return PyBool.of(f(a[0]).writable());
        });
        b.method("seekable($self, /)", (ts, a) -> PyBool.TRUE);
        b.method("isatty($self, /)", (ts, a) -> PyBool.FALSE);
        b.method("__enter__($self, /)", (ts, a) -> {
            f(a[0]).checkOpen();
            return a[0];
        });
        b.method("__exit__($self, /, *args)", (ts, a) -> {
            f(a[0]).close();
            return PyNone.NONE;
        });
        b.getter("closed", o -> PyBool.of(f(o).closed()));
        b.getter("name", o -> PyStr.of(f(o).name));
        b.getter("mode", o -> PyStr.of(f(o).mode));
        b.method("__repr__($self, /)", (ts, a) -> {
            FileObject x = f(a[0]);
            String cls = "_io." + x.type().name();
            String name = "<" + cls + " name=" + Abstract.repr(ts, PyStr.of(x.name));
            if (x instanceof TextFile) {
                return PyStr.of(name + " mode='" + x.mode + "' encoding='" + ((TextFile) x).encoding + "'>");
            }
            return PyStr.of(name + ">");
        });
    }
}
