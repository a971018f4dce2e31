package org.krait.runtime.exceptions;

import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;

/** OSError's errno/strerror/filename arguments and its str (Objects/exceptions.c OSError_*). */
final class OsErrorMethods {
    private OsErrorMethods() {
    }

    /** OSError(errno, ...) makes the subclass for that errno (Objects/exceptions.c errnomap). */
    private static org.krait.runtime.object.PyType subclassFor(long errno) {
        switch ((int) errno) {
            case 2:
                return ExceptionTypes.FILE_NOT_FOUND_ERROR;
            case 17:
                return ExceptionTypes.FILE_EXISTS_ERROR;
            case 13:
            case 1:
                return ExceptionTypes.PERMISSION_ERROR;
            case 21:
                return ExceptionTypes.IS_A_DIRECTORY_ERROR;
            case 20:
                return ExceptionTypes.NOT_A_DIRECTORY_ERROR;
            case 4:
                return ExceptionTypes.INTERRUPTED_ERROR;
            case 32:
            case 108:
                return ExceptionTypes.BROKEN_PIPE_ERROR;
            case 103:
                return ExceptionTypes.CONNECTION_ABORTED_ERROR;
            case 111:
                return ExceptionTypes.CONNECTION_REFUSED_ERROR;
            case 104:
                return ExceptionTypes.CONNECTION_RESET_ERROR;
            case 11:
            case 114:
            case 115:
                return ExceptionTypes.BLOCKING_IO_ERROR;
            case 10:
                return ExceptionTypes.CHILD_PROCESS_ERROR;
            case 3:
                return ExceptionTypes.PROCESS_LOOKUP_ERROR;
            case 110:
                return ExceptionTypes.TIMEOUT_ERROR;
            default:
                return null;
        }
    }

    static void define(TypeBuilder b) {
        b.staticMethod("__new__(type, /, *args, **kwargs)", (ts, a) -> {
            org.krait.runtime.object.PyType t = (org.krait.runtime.object.PyType) a[0];
            PyTuple args = (PyTuple) a[1];
            if (t == ExceptionTypes.OS_ERROR && args.size() >= 2 && args.get(0) instanceof PyInt
                    && ((PyInt) args.get(0)).fitsLong()) {
                org.krait.runtime.object.PyType sub = subclassFor(((PyInt) args.get(0)).value);
                if (sub != null) {
                    t = sub;
                }
            }
            PyBaseException e = (PyBaseException) t.allocate();
            e.args = args;
            return e;
        });
        b.method("__init__($self, /, *args)", (ts, a) -> {
            PyBaseException e = (PyBaseException) a[0];
            PyTuple args = (PyTuple) a[1];
            e.args = args;
            PyObject none = PyNone.NONE;
            e.setAttr("errno", args.size() >= 2 ? args.get(0) : none);
            e.setAttr("strerror", args.size() >= 2 ? args.get(1) : none);
            e.setAttr("filename", args.size() >= 3 ? args.get(2) : none);
            e.setAttr("filename2", args.size() >= 5 ? args.get(4) : none);
            if (args.size() >= 3 && args.size() <= 5) {
                e.args = PyTuple.of(args.get(0), args.get(1));
            }
            return PyNone.NONE;
        });
        b.method("__str__($self, /)", (ts, a) -> {
            PyBaseException e = (PyBaseException) a[0];
            PyObject errno = e.attr("errno");
            PyObject strerror = e.attr("strerror");
            PyObject filename = e.attr("filename");
            PyObject filename2 = e.attr("filename2");
            if (filename != null && filename != PyNone.NONE) {
                String s = "[Errno " + Abstract.str(ts, errno) + "] " + Abstract.str(ts, strerror) + ": "
                        + Abstract.repr(ts, filename);
                if (filename2 != null && filename2 != PyNone.NONE) {
                    s += " -> " + Abstract.repr(ts, filename2);
                }
                return PyStr.of(s);
            }
            if (errno != null && errno != PyNone.NONE && strerror != null && strerror != PyNone.NONE) {
                return PyStr.of("[Errno " + Abstract.str(ts, errno) + "] " + Abstract.str(ts, strerror));
            }
            return ExceptionMethods.baseStr(ts, e);
        });
        for (String n : new String[] {"errno", "strerror", "filename", "filename2"}) {
            b.getset(n, (ts, o) -> {
                PyObject v = ((PyBaseException) o).attr(n);
                return v == null ? PyNone.NONE : v;
            }, (ts, o, v) -> ((PyBaseException) o).setAttr(n, v == null ? PyNone.NONE : v));
        }
    }

    static PyObject errnoValue(int errno) {
        return PyInt.of(errno);
    }
}
