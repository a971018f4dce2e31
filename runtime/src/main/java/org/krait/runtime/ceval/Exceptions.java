package org.krait.runtime.ceval;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyBaseException;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.exceptions.PyTraceback;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyCode;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.Calls;

/** The exception opcodes: raising, unwinding through a frame, handler entry/exit and `with`. */
public final class Exceptions {
    private Exceptions() {
    }

    /**
     * Called by every handler stub as the exception passes a frame: adds the frame's traceback
     * entry (PyTraceBack_Here) unless the exception is being re-raised from this frame, sets the
     * implicit {@code __context__} of exceptions raised by runtime code, and returns the exception.
     */
    public static PyObject unwind(ThreadState ts, PyException e, PyCode code, int position) {
        PyBaseException exc = e.value;
        if (e.reraised) {
            e.reraised = false;
        } else {
            if (exc.traceback == null && exc.context == null && !e.thrownIn && !e.unwound) {
                chain(ts, exc);
            }
            exc.traceback = new PyTraceback(code, position, exc.traceback);
        }
        e.unwound = true;
        return exc;
    }

    /** Implicit chaining: an exception raised while another is handled gets it as __context__. */
    static void chain(ThreadState ts, PyBaseException exc) {
        PyBaseException handled = ts.topmostHandled();
        if (handled == null || handled == exc) {
            return;
        }
        // break any cycle the new context would create (_PyErr_SetObject)
        PyBaseException o = handled;
        while (o.context != null) {
            if (o.context == exc) {
                o.context = null;
                break;
            }
            o = o.context;
        }
        exc.context = handled;
    }

    /** RAISE_VARARGS 1 and 2: {@code raise exc [from cause]}. */
    public static PyException raise(ThreadState ts, PyObject exc, PyObject cause) {
        PyBaseException value = instantiate(ts, exc, "exceptions must derive from BaseException");
        if (cause != null) {
            if (cause == PyNone.NONE) {
                value.cause = null;
            } else {
                value.cause = instantiate(ts, cause, "exception causes must derive from BaseException");
            }
            value.suppressContext = true;
        }
        chain(ts, value);
        return new PyException(value);
    }

    private static PyBaseException instantiate(ThreadState ts, PyObject exc, String message) {
        if (exc instanceof PyType && ((PyType) exc).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            PyObject v = Calls.call(ts, exc);
            if (!(v instanceof PyBaseException)) {
                throw Errors.typeError("calling " + Abstract.repr(ts, exc)
                        + " should have returned an instance of BaseException, not " + v.type().name());
            }
            return (PyBaseException) v;
        }
        if (exc instanceof PyBaseException) {
            return (PyBaseException) exc;
        }
        throw Errors.typeError(message);
    }

    /** RAISE_VARARGS 0: bare {@code raise}. */
    public static PyException reraiseActive(ThreadState ts) {
        PyBaseException handled = ts.topmostHandled();
        if (handled == null) {
            return Errors.runtimeError("No active exception to reraise");
        }
        return PyException.reraise(handled);
    }

    /** RERAISE. */
    public static PyException reraise(PyObject exc) {
        return PyException.reraise((PyBaseException) exc);
    }

    /** PUSH_EXC_INFO: makes {@code exc} the handled exception; returns the previous one (or None). */
    public static PyObject pushExcInfo(ThreadState ts, PyObject exc) {
        PyBaseException prev = ts.handled;
        ts.handled = (PyBaseException) exc;
        return prev == null ? PyNone.NONE : prev;
    }

    /** POP_EXCEPT: restores the previously handled exception. */
    public static void popExcept(ThreadState ts, PyObject prev) {
        ts.handled = prev == PyNone.NONE ? null : (PyBaseException) prev;
    }

    /** CHECK_EXC_MATCH: {@code isinstance(exc, type)} after checking the except clause's types. */
    public static PyObject checkExcMatch(ThreadState ts, PyObject exc, PyObject type) {
        checkExceptTypeValid(type);
        if (type instanceof PyTuple) {
            for (PyObject t : ((PyTuple) type).items) {
                if (exc.type().isSubtypeOf((PyType) t)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        return PyBool.of(exc.type().isSubtypeOf((PyType) type));
    }

    /** check_except_type_valid: an except clause names exception classes (a class or a tuple of them). */
    static void checkExceptTypeValid(PyObject type) {
        if (type instanceof PyTuple) {
            for (PyObject t : ((PyTuple) type).items) {
                checkCatchable(t);
            }
        } else {
            checkCatchable(type);
        }
    }

    private static void checkCatchable(PyObject t) {
        if (!(t instanceof PyType) || !((PyType) t).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** BEFORE_WITH: returns {@code mgr.__enter__()}; the bound {@code __exit__} goes to {@code ts.loaded}. */
    public static PyObject beforeWith(ThreadState ts, PyObject mgr) {
        return enterContext(ts, mgr, "__enter__", "__exit__", "the context manager protocol");
    }

    /**
     * BEFORE_WITH and BEFORE_ASYNC_WITH: calls {@code mgr.<enter>()} and leaves the bound
     * {@code <exit>} in {@code ts.loaded}; {@code protocol} names the protocol in the TypeError.
     */
    public static PyObject enterContext(ThreadState ts, PyObject mgr, String enterName, String exitName,
            String protocol) {
        PyType t = mgr.type();
        PyObject enter = t.lookup(enterName);
        if (enter == null) {
            throw Errors.typeError("'" + t.name() + "' object does not support " + protocol);
        }
        PyObject exit = t.lookup(exitName);
        if (exit == null) {
            throw Errors.typeError("'" + t.name() + "' object does not support " + protocol + " (missed " + exitName
                    + " method)");
        }
        PyObject boundExit = Attributes.bindDescriptor(ts, exit, mgr, t);
        PyObject r = Calls.call(ts, Attributes.bindDescriptor(ts, enter, mgr, t));
        ts.loaded = boundExit;
        return r;
    }

    /** WITH_EXCEPT_START: {@code __exit__(type(exc), exc, exc.__traceback__)}. */
    public static PyObject withExceptStart(ThreadState ts, PyObject exit, PyObject exc) {
        PyBaseException e = (PyBaseException) exc;
        return Calls.call(ts, exit, e.type(), e, e.traceback == null ? PyNone.NONE : e.traceback);
    }
}
