package org.krait.runtime.builtins;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.ops.Iteration;
import org.krait.runtime.types.Builtin;
import org.krait.runtime.types.ObjectMethods;

/** print, len, repr, iter/next, input, __build_class__, globals/locals/vars/dir, isinstance, hash, id, format. */
public final class CoreFunctions {
    private CoreFunctions() {
    }

    static void define(PyModule m) {
        m.def("print(*args, sep=None, end=None, file=None, flush=False)", CoreFunctions::print);
        m.def("len(obj, /)", (ts, a) -> PyInt.of(Abstract.size(ts, a[0])));
        m.def("repr(obj, /)", (ts, a) -> PyStr.of(Abstract.repr(ts, a[0])));
        m.def("ascii(obj, /)", (ts, a) -> PyStr.of(Formats.ascii(Abstract.repr(ts, a[0]))));
        m.def("iter(object, sentinel=?, /)", (ts, a) -> a[1] == null ? Iteration.iter(ts, a[0])
                : callableIterator(a[0], a[1]));
        m.def("next(iterator, default=?, /)", CoreFunctions::next);
        m.def("input(prompt='', /)", CoreFunctions::input);
        m.def("__import__(name, globals=None, locals=None, fromlist=?, level=0)", (ts, a) -> {
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError("__import__() argument 1 must be str, not " + a[0].type().name());
            }
            return org.krait.runtime.ceval.Imports.importName(ts, null, ((PyStr) a[0]).value(), a[3], a[4]);
        });
        m.def("__build_class__(func, name, /, *bases, metaclass=?, **kwds)", (ts, a) -> {
            if (!(a[0] instanceof PyFunction)) {
                throw Errors.typeError("__build_class__: func must be a function");
            }
            if (!(a[1] instanceof PyStr)) {
                throw Errors.typeError("__build_class__: name is not a string");
            }
            return Builtin.buildClass(ts, (PyFunction) a[0], ((PyStr) a[1]).value(), ((PyTuple) a[2]).items, a[3],
                    (PyDict) a[4]);
        });
        m.def("globals()", (ts, a) -> ts.frameGlobals());
        m.def("locals()", (ts, a) -> ts.frameLocals());
        m.def("vars(object=?, /)", (ts, a) -> {
            if (a[0] == null) {
                return ts.frameLocals();
            }
            PyObject d = Attributes.lookupOrNull(ts, a[0], "__dict__");
            if (d == null) {
                throw Errors.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        });
        m.def("dir(object=?, /)", (ts, a) -> {
            if (a[0] == null) {
                PyObject locals = ts.frameLocals();
                org.krait.runtime.object.PyList l = new org.krait.runtime.object.PyList(
                        org.krait.runtime.types.TypeMethods.toList(ts, locals).toArray(new PyObject[0]));
                org.krait.runtime.types.ListSort.sort(ts, l, PyNone.NONE, false);
                return l;
            }
            return dir(ts, a[0]);
        });
        m.def("callable(obj, /)", (ts, a) -> PyBool.of(isCallable(a[0])));
        m.def("id(obj, /)", (ts, a) -> PyInt.of(ts.interp.ids.id(a[0])));
        m.def("hash(obj, /)", (ts, a) -> PyInt.of(Abstract.hash(ts, a[0])));
        m.def("format(value, format_spec='', /)", (ts, a) -> format(ts, a[0], a[1]));
        m.def("isinstance(obj, class_or_tuple, /)", (ts, a) -> PyBool.of(isinstance(ts, a[0], a[1])));
        m.def("issubclass(cls, class_or_tuple, /)", (ts, a) -> PyBool.of(issubclass(ts, a[0], a[1])));
    }

    /** PyObject_Dir of an object: its {@code __dir__()} as a sorted list. */
    public static org.krait.runtime.object.PyList dir(ThreadState ts, PyObject obj) {
        PyObject r = Calls.callSpecial(ts, obj, "__dir__");
        org.krait.runtime.object.PyList l = new org.krait.runtime.object.PyList(
                org.krait.runtime.types.TypeMethods.toList(ts, r).toArray(new PyObject[0]));
        org.krait.runtime.types.ListSort.sort(ts, l, PyNone.NONE, false);
        return l;
    }

    private static PyObject callableIterator(PyObject callable, PyObject sentinel) {
        if (!isCallable(callable)) {
            throw Errors.typeError("iter(object, sentinel): object must be callable");
        }
        return Iteration.callableIterator(callable, sentinel);
    }

    public static boolean isCallable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyType || o.type().lookup("__call__") != null;
    }

    private static PyObject print(ThreadState ts, PyObject[] a) {
        PyTuple args = (PyTuple) a[0];
        PyObject sepObj = a[1];
        PyObject endObj = a[2];
        PyObject file = a[3];
        String sep = sepObj == PyNone.NONE ? " " : strArg(sepObj, "sep");
        String end = endObj == PyNone.NONE ? "\n" : strArg(endObj, "end");
        if (file == PyNone.NONE) {
            file = ts.interp.sysAttr("stdout");
            if (file == null || file == PyNone.NONE) {
                return PyNone.NONE;
            }
        }
        if (file instanceof TextStream) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                PyObject piece = Abstract.strObject(ts, args.get(i));
                if (!((PyStr) piece).isBmp()) {
                    ((TextStream) file).write(sb.toString());
                    sb.setLength(0);
                    ((TextStream) file).checkEncodable((PyStr) piece); // CPython encodes each piece
                }
                sb.append(((PyStr) piece).value());
            }
            sb.append(end);
            ((TextStream) file).write(sb.toString());
            if (Abstract.isTrue(ts, a[4])) {
                ((TextStream) file).flush();
            }
        } else {
            // another file object sees each piece as a separate write(), as PyFile_WriteObject does
            PyObject write = Attributes.getattr(ts, file, "write");
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) {
                    Calls.call(ts, write, PyStr.of(sep));
                }
                Calls.call(ts, write, Abstract.strObject(ts, args.get(i)));
            }
            Calls.call(ts, write, PyStr.of(end));
            if (Abstract.isTrue(ts, a[4])) {
                Calls.call(ts, Attributes.getattr(ts, file, "flush"));
            }
        }
        return PyNone.NONE;
    }

    private static String strArg(PyObject o, String name) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError(name + " must be None or a string, not " + o.type().name());
        }
        return ((PyStr) o).value();
    }

    private static PyObject next(ThreadState ts, PyObject[] a) {
        PyObject it = a[0];
        if (!(it instanceof org.krait.runtime.object.PyIterator) && it.type().lookup("__next__") == null) {
            throw Errors.typeError("'" + it.type().name() + "' object is not an iterator");
        }
        if (a[1] == null) {
            if (Iteration.isPlainIterator(it)) {
                PyObject v = ((org.krait.runtime.object.PyIterator) it).next(ts);
                if (v == null) {
                    throw ((org.krait.runtime.object.PyIterator) it).exhausted();
                }
                return v;
            }
            return Calls.callSpecial(ts, it, "__next__");
        }
        PyObject v = Iteration.next(ts, it);
        return v == null ? a[1] : v;
    }

    private static PyObject input(ThreadState ts, PyObject[] a) {
        PyObject out = ts.interp.sysAttr("stdout");
        String prompt = Abstract.str(ts, a[0]);
        if (!prompt.isEmpty()) {
            Calls.call(ts, Attributes.getattr(ts, out, "write"), PyStr.of(prompt));
        }
        Calls.call(ts, Attributes.getattr(ts, out, "flush"));
        PyObject in = ts.interp.sysAttr("stdin");
        PyObject line = Calls.call(ts, Attributes.getattr(ts, in, "readline"));
        String s = Abstract.str(ts, line);
        if (s.isEmpty()) {
            throw Errors.raise(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
        }
        return PyStr.of(s.endsWith("\n") ? s.substring(0, s.length() - 1) : s);
    }

    static PyObject format(ThreadState ts, PyObject value, PyObject spec) {
        if (!(spec instanceof PyStr)) {
            throw Errors.typeError("format() argument 2 must be str, not " + spec.type().name());
        }
        return org.krait.runtime.types.StrFormat.formatObject(ts, value, (PyStr) spec);
    }

    public static boolean isinstance(ThreadState ts, PyObject obj, PyObject cls) {
        if (obj.type() == cls) {
            return true;
        }
        if (cls instanceof PyTuple) {
            for (PyObject c : ((PyTuple) cls).items) {
                if (isinstance(ts, obj, c)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof PyType && cls.type() == PyType.TYPE) {
            return obj.type().isSubtypeOf((PyType) cls);
        }
        PyObject check = Attributes.lookupSpecial(ts, cls, "__instancecheck__");
        if (check != null) {
            return Abstract.isTrue(ts, Calls.call(ts, check, obj));
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    static boolean issubclass(ThreadState ts, PyObject sub, PyObject cls) {
        if (cls instanceof PyTuple) {
            for (PyObject c : ((PyTuple) cls).items) {
                if (issubclass(ts, sub, c)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof PyType && cls.type() == PyType.TYPE) {
            if (!(sub instanceof PyType)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return ((PyType) sub).isSubtypeOf((PyType) cls);
        }
        PyObject check = Attributes.lookupSpecial(ts, cls, "__subclasscheck__");
        if (check != null) {
            return Abstract.isTrue(ts, Calls.call(ts, check, sub));
        }
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
}
