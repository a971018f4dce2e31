package org.krait.runtime.exceptions;

import java.util.List;

import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.types.GenericAlias;
import org.krait.runtime.types.TypeMethods;

/**
 * BaseExceptionGroup's methods as CPython 3.12.1 defines them (Objects/exceptions.c
 * BaseExceptionGroup_new, _init, _str, derive, split, subgroup and its members); the splitting
 * itself is {@link ExceptionGroupSplit}. ExceptionGroup defines nothing of its own.
 */
final class ExceptionGroupMethods {
    private ExceptionGroupMethods() {
    }

    private static PyExceptionGroup eg(PyObject o) {
        return (PyExceptionGroup) o;
    }

    static void define(TypeBuilder b) {
        b.attr("__doc__", PyStr.of("A combination of multiple unrelated exceptions."));
        b.staticMethod("__new__(type, /, *args, **kwargs)", (ts, a) -> newGroup(ts, a[0], (PyTuple) a[1]));
        b.method("__init__($self, /, *args, **kwargs)", (ts, a) -> ExceptionMethods.init(a[0], (PyTuple) a[1],
                (PyDict) a[2]));
        b.method("__str__($self, /)", (ts, a) -> {
            PyExceptionGroup g = eg(a[0]);
            int n = g.exceptions.size();
            return PyStr.of(org.krait.runtime.ops.Abstract.str(ts, g.message) + " (" + n + " sub-exception"
                    + (n > 1 ? "s" : "") + ")");
        });
        b.readonlyMember("message", o -> eg(o).message);
        b.readonlyMember("exceptions", o -> eg(o).exceptions);
        GenericAlias.addClassGetitem(b);
        // derive parses with PyArg_ParseTuple "O", split and subgroup with PyArg_UnpackTuple
        b.method("derive($self, /, *args, **kwargs)", (ts, a) -> {
            if (((PyDict) a[2]).size() > 0) {
                throw Errors.typeError("derive() takes no keyword arguments");
            }
            return derive(ts, eg(a[0]), oneArg(a[1], "function takes exactly 1 argument (%d given)"));
        });
        b.method("split($self, /, *args, **kwargs)", (ts, a) -> {
            noKeywords("split", a[2]);
            PyObject matcher = oneArg(a[1], "split expected 1 argument, got %d");
            ExceptionGroupSplit.Result r = ExceptionGroupSplit.byMatcher(ts, eg(a[0]), matcher, true);
            return PyTuple.of(r.matchOrNone(), r.restOrNone());
        });
        b.method("subgroup($self, /, *args, **kwargs)", (ts, a) -> {
            noKeywords("subgroup", a[2]);
            PyObject matcher = oneArg(a[1], "subgroup expected 1 argument, got %d");
            return ExceptionGroupSplit.byMatcher(ts, eg(a[0]), matcher, false).matchOrNone();
        });
    }

    private static void noKeywords(String name, PyObject kwargs) {
        if (((PyDict) kwargs).size() > 0) {
            throw Errors.typeError("BaseExceptionGroup." + name + "() takes no keyword arguments");
        }
    }

    private static PyObject oneArg(PyObject args, String message) {
        PyTuple t = (PyTuple) args;
        if (t.size() != 1) {
            throw Errors.typeError(String.format(message, t.size()));
        }
        return t.get(0);
    }

    /** BaseExceptionGroup_new: checks message and exceptions, picks ExceptionGroup when it can. */
    private static PyObject newGroup(ThreadState ts, PyObject clsArg, PyTuple args) {
        PyType base = ExceptionTypes.BASE_EXCEPTION_GROUP;
        if (!(clsArg instanceof PyType)) {
            throw Errors.typeError("BaseExceptionGroup.__new__(X): X is not a type object (" + clsArg.type().name()
                    + ")");
        }
        PyType cls = (PyType) clsArg;
        if (!cls.isSubtypeOf(base)) {
            throw Errors.typeError("BaseExceptionGroup.__new__(" + cls.name() + "): " + cls.name()
                    + " is not a subtype of BaseExceptionGroup");
        }
        if (args.size() != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.size()
                    + " given)");
        }
        PyObject message = args.get(0);
        if (!(message instanceof PyStr)) {
            throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not "
                    + (message == PyNone.NONE ? "None" : message.type().name()));
        }
        PyObject seq = args.get(1);
        if (!TracebackPrinter.isSequence(seq)) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        PyTuple excs = seq.getClass() == PyTuple.class ? (PyTuple) seq
                : PyTuple.of(TypeMethods.toList(ts, seq).toArray(new PyObject[0]));
        if (excs.size() == 0) {
            throw Errors.raise(ExceptionTypes.VALUE_ERROR, "second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestedBaseExceptions = false;
        for (int i = 0; i < excs.size(); i++) {
            PyObject exc = excs.get(i);
            if (!(exc instanceof PyBaseException)) {
                throw Errors.raise(ExceptionTypes.VALUE_ERROR, "Item " + i
                        + " of second argument (exceptions) is not an exception");
            }
            if (!((PyBaseException) exc).matches(ExceptionTypes.EXCEPTION)) {
                nestedBaseExceptions = true;
            }
        }
        if (cls == ExceptionTypes.EXCEPTION_GROUP) {
            if (nestedBaseExceptions) {
                throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (cls == base) {
            if (!nestedBaseExceptions) {
                cls = ExceptionTypes.EXCEPTION_GROUP;
            }
        } else if (nestedBaseExceptions && cls.isSubtypeOf(ExceptionTypes.EXCEPTION)) {
            throw Errors.typeError("Cannot nest BaseExceptions in '" + cls.name() + "'");
        }
        PyExceptionGroup g = (PyExceptionGroup) cls.allocate();
        g.args = args;
        g.message = message;
        g.exceptions = excs;
        return g;
    }

    /** BaseExceptionGroup.derive: a group of the base class with this message. */
    private static PyObject derive(ThreadState ts, PyExceptionGroup self, PyObject excs) {
        return Calls.call(ts, ExceptionTypes.BASE_EXCEPTION_GROUP, self.message, excs);
    }

    /**
     * exceptiongroup_subset: {@code orig.derive(excs)} (null when excs is empty) carrying orig's
     * traceback, cause, context and a copy of its notes.
     */
    static PyExceptionGroup subset(ThreadState ts, PyExceptionGroup orig, List<PyObject> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        PyObject r = Calls.call(ts, Attributes.getattr(ts, orig, "derive"), new PyList(excs.toArray(new PyObject[0])));
        if (!(r instanceof PyExceptionGroup)) {
            throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        PyExceptionGroup g = (PyExceptionGroup) r;
        if (orig.traceback != null) {
            g.traceback = orig.traceback;
        }
        g.context = orig.context;
        g.cause = orig.cause;
        g.suppressContext = true; // PyException_SetCause sets it, even for no cause
        PyObject notes = Attributes.lookupOrNull(ts, orig, "__notes__");
        if (notes != null && TracebackPrinter.isSequence(notes)) {
            Attributes.setattr(ts, g, "__notes__", new PyList(TypeMethods.toList(ts, notes).toArray(new PyObject[0])));
        }
        return g;
    }
}
