package org.krait.runtime.exceptions;

import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;

/** The methods of BaseException and of the subclasses that add behaviour (Objects/exceptions.c). */
public final class ExceptionMethods {
    private ExceptionMethods() {
    }

    private static PyBaseException e(PyObject o) {
        return (PyBaseException) o;
    }

    static void define(String name, TypeBuilder b) {
        switch (name) {
            case "BaseException":
                defineBase(b);
                break;
            case "KeyError":
                b.method("__str__($self, /)", (ts, a) -> {
                    PyTuple args = e(a[0]).args;
                    return args.size() == 1 ? PyStr.of(Abstract.repr(ts, args.get(0))) : baseStr(ts, e(a[0]));
                });
                break;
            case "SystemExit":
                b.method("__init__($self, /, *args)", (ts, a) -> {
                    PyTuple args = (PyTuple) a[1];
                    e(a[0]).args = args;
                    e(a[0]).setAttr("code", args.size() == 0 ? PyNone.NONE : args.size() == 1 ? args.get(0) : args);
                    return PyNone.NONE;
                });
                attr(b, "code");
                break;
            case "StopIteration":
                b.method("__init__($self, /, *args)", (ts, a) -> {
                    PyTuple args = (PyTuple) a[1];
                    e(a[0]).args = args;
                    e(a[0]).setAttr("value", args.size() == 0 ? PyNone.NONE : args.get(0));
                    return PyNone.NONE;
                });
                attr(b, "value");
                break;
            case "NameError":
                b.method("__init__($self, /, *args, name=None)", (ts, a) -> {
                    e(a[0]).args = (PyTuple) a[1];
                    e(a[0]).setAttr("name", a[2]);
                    return PyNone.NONE;
                });
                attr(b, "name");
                break;
            case "AttributeError":
                // obj stays unset (not None) unless given: only a given obj gets suggestions
                b.method("__init__($self, /, *args, name=None, obj=?)", (ts, a) -> {
                    e(a[0]).args = (PyTuple) a[1];
                    e(a[0]).setAttr("name", a[2]);
                    if (a[3] != null) {
                        e(a[0]).setAttr("obj", a[3]);
                    }
                    return PyNone.NONE;
                });
                attr(b, "name");
                attr(b, "obj");
                break;
            case "ImportError":
                b.method("__init__($self, /, *args, name=None, path=None)", (ts, a) -> {
                    PyTuple args = (PyTuple) a[1];
                    e(a[0]).args = args;
                    e(a[0]).setAttr("name", a[2]);
                    e(a[0]).setAttr("path", a[3]);
                    e(a[0]).setAttr("msg", args.size() == 1 ? args.get(0) : PyNone.NONE);
                    return PyNone.NONE;
                });
                attr(b, "name");
                attr(b, "path");
                attr(b, "msg");
                attr(b, "name_from"); // set by `from m import x` for the "Did you mean" suggestion
                break;
            case "OSError":
                OsErrorMethods.define(b);
                break;
            case "SyntaxError":
                SyntaxErrorMethods.define(b);
                break;
            case "UnicodeDecodeError":
            case "UnicodeEncodeError":
            case "UnicodeTranslateError":
                UnicodeErrorMethods.define(name, b);
                break;
            default:
                break;
        }
    }

    private static void attr(TypeBuilder b, String name) {
        b.getset(name, (ts, o) -> {
            PyObject v = e(o).attr(name);
            return v == null ? PyNone.NONE : v;
        }, (ts, o, v) -> e(o).setAttr(name, v == null ? PyNone.NONE : v));
    }

    private static void defineBase(TypeBuilder b) {
        b.staticMethod("__new__(type, /, *args, **kwargs)", (ts, a) -> {
            PyType t = (PyType) a[0];
            PyObject obj = t.allocate();
            if (!(obj instanceof PyBaseException)) {
                throw Errors.typeError("object.__new__(" + t.name() + ") is not safe");
            }
            e(obj).args = (PyTuple) a[1];
            return obj;
        });
        b.method("__init__($self, /, *args, **kwargs)", (ts, a) -> init(a[0], (PyTuple) a[1], (PyDict) a[2]));
        b.method("__str__($self, /)", (ts, a) -> baseStr(ts, e(a[0])));
        b.method("__repr__($self, /)", (ts, a) -> {
            PyBaseException x = e(a[0]);
            String name = x.type().name();
            if (x.args.size() == 1) {
                return PyStr.of(name + "(" + Abstract.repr(ts, x.args.get(0)) + ")");
            }
            String r = Abstract.repr(ts, x.args);
            return PyStr.of(name + (x.args.size() == 0 ? "()" : r));
        });
        b.method("with_traceback($self, tb, /)", (ts, a) -> {
            e(a[0]).traceback = a[1] instanceof PyTraceback ? (PyTraceback) a[1] : null;
            return a[0];
        });
        b.method("add_note($self, note, /)", (ts, a) -> {
            if (!(a[1] instanceof PyStr)) {
                throw Errors.typeError("note must be a str, not '" + a[1].type().name() + "'");
            }
            PyObject notes = e(a[0]).attr("__notes__");
            if (notes == null) {
                notes = new PyList();
                e(a[0]).setAttr("__notes__", notes);
            }
            if (!(notes instanceof PyList)) {
                throw Errors.typeError("Cannot add note: __notes__ is not a list");
            }
            ((PyList) notes).append(a[1]);
            return PyNone.NONE;
        });
        b.getset("args", (ts, o) -> e(o).args, (ts, o, v) -> e(o).args = PyTuple.of(
                org.krait.runtime.types.TypeMethods.toList(ts, v).toArray(new PyObject[0])));
        b.getset("__traceback__", (ts, o) -> e(o).traceback == null ? PyNone.NONE : e(o).traceback, (ts, o, v) -> {
            if (v != PyNone.NONE && !(v instanceof PyTraceback)) {
                throw Errors.typeError("__traceback__ must be a traceback or None");
            }
            e(o).traceback = v instanceof PyTraceback ? (PyTraceback) v : null;
        });
        b.getset("__cause__", (ts, o) -> orNone(e(o).cause), (ts, o, v) -> {
            e(o).cause = exceptionOrNull(v, "exception cause");
            e(o).suppressContext = true;
        });
        b.getset("__context__", (ts, o) -> orNone(e(o).context),
                (ts, o, v) -> e(o).context = exceptionOrNull(v, "exception context"));
        b.getset("__suppress_context__", (ts, o) -> PyBool.of(e(o).suppressContext),
                (ts, o, v) -> e(o).suppressContext = Abstract.isTrue(ts, v));
        b.getset("__dict__", (ts, o) -> o.instanceDict(), (ts, o, v) -> {
            throw Errors.typeError("__dict__ assignment is not supported");
        });
        b.method("__reduce__($self, /)", (ts, a) -> PyTuple.of(a[0].type(), e(a[0]).args));
    }

    /** BaseException_init (also BaseExceptionGroup's): no keywords; the arguments become args. */
    static PyObject init(PyObject self, PyTuple args, PyDict kwargs) {
        if (kwargs.size() > 0) {
            throw Errors.typeError(self.type().name() + "() takes no keyword arguments");
        }
        e(self).args = args;
        return PyNone.NONE;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyBaseException exceptionOrNull(PyObject v, String what) {
        if (v == null || v == PyNone.NONE) {
            return null;
        }
        if (!(v instanceof PyBaseException)) {
            throw Errors.typeError(what + " must be None or derive from BaseException");
        }
        return (PyBaseException) v;
    }

    static PyStr baseStr(ThreadState ts, PyBaseException x) {
        switch (x.args.size()) {
            case 0:
                return PyStr.EMPTY;
            case 1:
                return Abstract.strObject(ts, x.args.get(0));
            default:
                return PyStr.of(Abstract.str(ts, x.args));
        }
    }

    static PyObject intOrNone(Integer v) {
        return v == null ? PyNone.NONE : PyInt.of(v);
    }
}
